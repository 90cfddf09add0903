package dev.clientapps.adapter.rest.support;

import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditFilter;
import dev.clientapps.domain.audit.AuditQuery;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.PageRequest;
import dev.clientapps.domain.listing.Position;
import dev.clientapps.domain.listing.Slice;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The query parameters of List Audit Events (CONTRACT §9), validated, with cursors sealed to them. */
public final class AuditRequest {

    public static final int ACTOR_MAX = 255;

    private final AuditQuery query;
    private final CursorScope scope;

    public AuditRequest(ClientId clientId, MultivaluedMap<String, String> query) {
        QueryParams params = new QueryParams(query);
        UUID appId = params.uuid("app_id");
        String actionName = params.nonEmptyText("action", 64);
        AuditAction action = actionName == null ? null : AuditAction.byApiName(actionName)
                .orElseThrow(() -> ApiException.invalid("action must be one of: " + Arrays.stream(AuditAction.values())
                        .map(AuditAction::apiName).collect(Collectors.joining(", ")), Map.of("parameter", "action")));
        String actor = params.nonEmptyText("actor", ACTOR_MAX);
        Instant since = params.instant("since");
        Instant until = params.instant("until");
        if (since != null && until != null && !since.isBefore(until)) {
            throw ApiException.invalid("until must be later than since", Map.of("parameter", "until"));
        }
        int pageSize = params.intInRange("page_size", 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE);
        this.scope = new CursorScope("audit-events").add(clientId).add(appId).add(actionName).add(actor)
                .add(since).add(until);
        String cursor = params.raw("cursor");
        Position after = cursor == null ? null : Cursors.decode(cursor, scope.toString());
        this.query = new AuditQuery(clientId,
                new AuditFilter(appId == null ? null : new AppId(appId), action, actor, since, until),
                new PageRequest(pageSize, after));
    }

    public AuditQuery query() {
        return query;
    }

    public String nextCursor(Slice<?> slice) {
        Position next = slice.next();
        return next == null ? null : Cursors.encode(next, scope.toString());
    }
}
