package dev.clientapps.domain.audit;

import java.util.Objects;
import java.util.UUID;

public record AuditEventId(UUID value) {

    public AuditEventId {
        Objects.requireNonNull(value, "value");
    }

    public static AuditEventId random() {
        return new AuditEventId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
