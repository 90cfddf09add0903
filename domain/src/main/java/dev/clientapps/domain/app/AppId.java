package dev.clientapps.domain.app;

import java.util.Objects;
import java.util.UUID;

/** Identity of one app in one client's inventory. It belongs to exactly one client. */
public record AppId(UUID value) {

    public AppId {
        Objects.requireNonNull(value, "AppId value");
    }

    public static AppId random() {
        return new AppId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
