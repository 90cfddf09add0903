package dev.clientapps.domain.listing;

import java.util.Objects;

public record Sort(SortField field, SortOrder order) {

    public static final Sort DEFAULT = new Sort(SortField.CANONICAL_NAME, SortOrder.ASC);

    public Sort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(order, "order");
    }
}
