package dev.clientapps.domain.listing;

import java.util.Objects;

/** One page of the shared catalog. */
public record CatalogQuery(CatalogFilter filter, Sort sort, PageRequest page) {

    public CatalogQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
