package dev.clientapps.domain.client;

import dev.clientapps.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/** A client organization: the tenant that owns an inventory of apps. */
public record Client(ClientId id, String name, Instant createdAt, Instant updatedAt) {

    public static final int NAME_MAX = 200;

    public Client {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, NAME_MAX);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Client register(ClientId id, String name, Instant now) {
        return new Client(id, name, now, now);
    }
}
