package dev.clientapps.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identity of a shared catalog app. */
public record CatalogAppId(UUID value) {

    public CatalogAppId {
        Objects.requireNonNull(value, "CatalogAppId value");
    }

    public static CatalogAppId random() {
        return new CatalogAppId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
