package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.AuditEventId;
import dev.clientapps.domain.audit.AuditFilter;
import dev.clientapps.domain.audit.AuditQuery;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.Position;
import dev.clientapps.domain.listing.Slice;
import dev.clientapps.domain.port.LoadAuditEventsPort;
import dev.clientapps.domain.port.RecordAuditEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail in PostgreSQL: only ever inserted into (the table's triggers refuse UPDATE,
 * DELETE and TRUNCATE), read newest first with keyset pages over (occurred_at, id).
 */
@ApplicationScoped
public class AuditPersistenceAdapter implements RecordAuditEventsPort, LoadAuditEventsPort {

    private final Sql sql;

    @Inject
    AuditPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        List<String> apps = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (AuditEvent event : events) {
            ids.add(event.id().toString());
            clients.add(event.clientId().toString());
            apps.add(event.appId().toString());
            actions.add(event.action().apiName());
            actors.add(event.actor());
            requests.add(event.requestId());
            changes.add(ChangesJson.write(event.changes()));
            times.add(event.occurredAt().toString());
        }
        sql.update("""
                        insert into audit_event (id, client_id, app_id, action, actor, request_id, changes, occurred_at)
                        select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                                             ?::jsonb[], ?::timestamptz[])""",
                List.of(Sql.texts(ids), Sql.texts(clients), Sql.texts(apps), Sql.texts(actions), Sql.texts(actors),
                        Sql.texts(requests), Sql.texts(changes), Sql.texts(times)));
    }

    @Override
    public Slice<AuditEvent> listEvents(AuditQuery query) {
        AuditFilter filter = query.filter();
        StringBuilder where = new StringBuilder(" where e.client_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(query.clientId().value());
        if (filter.appId() != null) {
            where.append(" and e.app_id = ?");
            params.add(filter.appId().value());
        }
        if (filter.action() != null) {
            where.append(" and e.action = ?");
            params.add(filter.action().apiName());
        }
        if (filter.actor() != null) {
            where.append(" and e.actor = ?");
            params.add(filter.actor());
        }
        if (filter.since() != null) {
            where.append(" and e.occurred_at >= ?");
            params.add(filter.since());
        }
        if (filter.until() != null) {
            where.append(" and e.occurred_at < ?");
            params.add(filter.until());
        }
        Position after = query.page().after();
        if (after != null) {
            where.append(" and (e.occurred_at, e.id) < (?, ?)");
            params.add(Instant.parse(after.key()));
            params.add(after.id());
        }
        int size = query.page().size();
        List<AuditEvent> rows = sql.query("select e.id, e.client_id, e.app_id, e.action, e.actor, e.request_id, "
                        + "e.occurred_at, " + ChangesJson.COLUMNS + "\nfrom audit_event e\n" + ChangesJson.JOIN + where
                        + " order by e.occurred_at desc, e.id desc limit " + (size + 1),
                params, AuditPersistenceAdapter::event);
        if (rows.size() <= size) {
            return new Slice<>(rows, null);
        }
        List<AuditEvent> page = rows.subList(0, size);
        AuditEvent last = page.get(size - 1);
        return new Slice<>(page, new Position(last.occurredAt().toString(), last.id().value()));
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        String action = rs.getString("action");
        return new AuditEvent(
                new AuditEventId(Sql.uuid(rs, "id")),
                new ClientId(Sql.uuid(rs, "client_id")),
                new AppId(Sql.uuid(rs, "app_id")),
                AuditAction.byApiName(action)
                        .orElseThrow(() -> new IllegalStateException("unknown audit action " + action)),
                rs.getString("actor"),
                rs.getString("request_id"),
                ChangesJson.read(rs),
                Sql.instant(rs, "occurred_at"));
    }
}
