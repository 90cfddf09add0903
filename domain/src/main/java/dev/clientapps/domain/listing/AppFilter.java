package dev.clientapps.domain.listing;

import java.time.Instant;
import java.util.Objects;

/**
 * Filters of a client's app list: the catalog filters, the client-owned flags, and apps updated
 * strictly after an instant (for incremental sync). A null field does not filter.
 */
public record AppFilter(CatalogFilter catalog, Boolean favorite, Boolean approved, Instant updatedAfter) {

    public static final AppFilter NONE = new AppFilter(CatalogFilter.NONE, null, null, null);

    public AppFilter {
        Objects.requireNonNull(catalog, "catalog");
    }
}
