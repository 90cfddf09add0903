package dev.clientapps.domain.client;

import java.util.Objects;
import java.util.UUID;

/** Identity of a client organization (a tenant). */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "ClientId value");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
