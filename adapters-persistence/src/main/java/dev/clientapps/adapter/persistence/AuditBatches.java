package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.app.FieldChange;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.client.ClientId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Audit events grouped into the rows of {@code audit_batch}: events that share client, action,
 * actor, request id, changes and time are one batch, in the order given, batches in the order of
 * their first event. Laid out as the insert statement's parameters: one entry per batch, and the
 * event and app ids of all batches in two flat arrays, batch i holding positions
 * {@code firsts[i]..lasts[i]} (1-based, inclusive, as PostgreSQL slices).
 */
record AuditBatches(List<UUID> eventIds, List<UUID> appIds, List<String> clients, List<String> actions,
                    List<String> actors, List<String> requests, List<String> changes, List<String> times,
                    List<Integer> firsts, List<Integer> lasts) {

    /** Equal changes are equal field by field, so a batch's changes JSON is written once, not once per event. */
    private record Key(ClientId clientId, AuditAction action, String actor, String requestId,
                       List<FieldChange> changes, Instant occurredAt) {
    }

    static AuditBatches of(List<AuditEvent> events) {
        Map<Key, List<AuditEvent>> groups = new LinkedHashMap<>();
        for (AuditEvent event : events) {
            Key key = new Key(event.clientId(), event.action(), event.actor(), event.requestId(),
                    event.changes(), event.occurredAt());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        AuditBatches batches = new AuditBatches(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        groups.forEach(batches::add);
        return batches;
    }

    private void add(Key key, List<AuditEvent> group) {
        firsts.add(eventIds.size() + 1);
        for (AuditEvent event : group) {
            eventIds.add(event.id().value());
            appIds.add(event.appId().value());
        }
        lasts.add(eventIds.size());
        clients.add(key.clientId().toString());
        actions.add(key.action().apiName());
        actors.add(key.actor());
        requests.add(key.requestId());
        changes.add(ChangesJson.write(key.changes()));
        times.add(key.occurredAt().toString());
    }
}
