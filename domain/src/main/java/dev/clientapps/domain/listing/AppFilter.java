package dev.clientapps.domain.listing;

import java.util.Objects;

/** Filters of a client's app list: the catalog filters plus the client-owned flags (null: any). */
public record AppFilter(CatalogFilter catalog, Boolean favorite, Boolean approved) {

    public static final AppFilter NONE = new AppFilter(CatalogFilter.NONE, null, null);

    public AppFilter {
        Objects.requireNonNull(catalog, "catalog");
    }
}
