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
 * DELETE and TRUNCATE), one row per batch of events that share everything but event and app id
 * ({@link AuditBatches}), read as one event per app, newest first, with keyset pages over
 * (occurred_at, event id).
 */
@ApplicationScoped
public class AuditPersistenceAdapter implements RecordAuditEventsPort, LoadAuditEventsPort {

    /**
     * One row per batch, all batches in one statement: the event and app ids travel as two flat
     * arrays that each batch slices its range from, so the server parses one jsonb per batch.
     */
    private static final String INSERT = """
            insert into audit_batch (id, client_id, action, actor, request_id, changes, occurred_at, event_ids, app_ids)
            select ev.ids[b.first], b.client_id, b.action, b.actor, b.request_id, b.changes, b.occurred_at,
                   ev.ids[b.first:b.last], ev.apps[b.first:b.last]
            from (values (?::uuid[], ?::uuid[])) ev (ids, apps),
                 unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::jsonb[], ?::timestamptz[], ?::int[], ?::int[])
                     b (client_id, action, actor, request_id, changes, occurred_at, first, last)""";

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
        AuditBatches batches = AuditBatches.of(events);
        sql.update(INSERT, List.of(Sql.uuids(batches.eventIds()), Sql.uuids(batches.appIds()),
                Sql.texts(batches.clients()), Sql.texts(batches.actions()), Sql.texts(batches.actors()),
                Sql.texts(batches.requests()), Sql.texts(batches.changes()), Sql.texts(batches.times()),
                Sql.ints(batches.firsts()), Sql.ints(batches.lasts())));
    }

    /**
     * The page is picked from the unnested batches walked newest first on (client_id, occurred_at
     * desc): an incremental sort orders each group of equal times by event id, and the walk stops
     * once the page is full. The changes are taken apart for the page's events only.
     */
    @Override
    public Slice<AuditEvent> listEvents(AuditQuery query) {
        AuditFilter filter = query.filter();
        StringBuilder where = new StringBuilder(" where b.client_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(query.clientId().value());
        if (filter.appId() != null) {
            // the containment finds the batches in the GIN index, the equality the event within
            where.append(" and b.app_ids @> array[?::uuid] and x.app_id = ?");
            params.add(filter.appId().value());
            params.add(filter.appId().value());
        }
        if (filter.action() != null) {
            where.append(" and b.action = ?");
            params.add(filter.action().apiName());
        }
        if (filter.actor() != null) {
            where.append(" and b.actor = ?");
            params.add(filter.actor());
        }
        if (filter.since() != null) {
            where.append(" and b.occurred_at >= ?");
            params.add(filter.since());
        }
        if (filter.until() != null) {
            where.append(" and b.occurred_at < ?");
            params.add(filter.until());
        }
        Position after = query.page().after();
        if (after != null) {
            // the first condition bounds the index scan; the row comparison places the event
            Instant at = Instant.parse(after.key());
            where.append(" and b.occurred_at <= ? and (b.occurred_at, x.id) < (?, ?)");
            params.add(at);
            params.add(at);
            params.add(after.id());
        }
        int size = query.page().size();
        List<AuditEvent> rows = sql.query("""
                        select e.id, e.client_id, e.app_id, e.action, e.actor, e.request_id, e.occurred_at, %s
                        from (select x.id, b.client_id, x.app_id, b.action, b.actor, b.request_id, b.changes,
                                     b.occurred_at
                              from audit_batch b cross join lateral unnest(b.event_ids, b.app_ids) x (id, app_id)
                              %s
                              order by b.occurred_at desc, x.id desc limit %d) e
                        %s
                        order by e.occurred_at desc, e.id desc""".formatted(ChangesJson.COLUMNS, where, size + 1,
                        ChangesJson.JOIN),
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
