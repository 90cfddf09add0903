package dev.clientapps.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identity of a catalog vendor. */
public record VendorId(UUID value) {

    public VendorId {
        Objects.requireNonNull(value, "VendorId value");
    }

    public static VendorId random() {
        return new VendorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
