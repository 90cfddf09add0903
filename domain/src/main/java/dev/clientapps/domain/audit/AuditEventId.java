package dev.clientapps.domain.audit;

import dev.clientapps.domain.shared.TimeOrderedUuids;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

public record AuditEventId(UUID value) {

    public AuditEventId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id that starts with {@code occurredAt}'s millisecond, so ids are appended to the key in time order. */
    public static AuditEventId at(Instant occurredAt) {
        return new AuditEventId(TimeOrderedUuids.at(occurredAt.toEpochMilli()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
