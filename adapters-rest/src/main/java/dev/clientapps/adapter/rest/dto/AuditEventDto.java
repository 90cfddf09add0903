package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.app.FieldChange;
import dev.clientapps.domain.audit.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** One audit event (CONTRACT §9); {@code changes} maps each changed field to its {from, to}. */
@JsonPropertyOrder({"id", "clientId", "appId", "action", "actor", "requestId", "changes", "occurredAt"})
public record AuditEventDto(
        String id,
        String clientId,
        String appId,
        String action,
        String actor,
        String requestId,
        Map<String, Change> changes,
        String occurredAt) {

    /** A field's value before and after; null values are written as null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(Object from, Object to) {
    }

    public static AuditEventDto of(AuditEvent event) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (FieldChange change : event.changes()) {
            changes.put(change.field(), new Change(change.from(), change.to()));
        }
        return new AuditEventDto(event.id().toString(), event.clientId().toString(), event.appId().toString(),
                event.action().apiName(), event.actor(), event.requestId(), changes, Json.timestamp(event.occurredAt()));
    }
}
