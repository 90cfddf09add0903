package dev.clientapps.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identity of a catalog category. */
public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "CategoryId value");
    }

    public static CategoryId random() {
        return new CategoryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
