package dev.clientapps.domain.audit;

import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.FieldChange;
import dev.clientapps.domain.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One real change to one of a client's apps, immutable once recorded. {@code changes} lists every
 * field that changed with its value before and after; it is never empty, because a request that
 * changes nothing records nothing.
 */
public record AuditEvent(
        AuditEventId id,
        ClientId clientId,
        AppId appId,
        AuditAction action,
        String actor,
        String requestId,
        List<FieldChange> changes,
        Instant occurredAt) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an audit event records at least one changed field");
        }
    }

    /** A new event, now, for {@code changes} made by {@code origin}. */
    public static AuditEvent record(ClientId clientId, AppId appId, AuditAction action, List<FieldChange> changes,
                                    Origin origin, Instant now) {
        return new AuditEvent(AuditEventId.at(now), clientId, appId, action, origin.actor(), origin.requestId(),
                changes, now);
    }
}
