package dev.clientapps.domain.listing;

import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.VendorId;

/**
 * Filters of a catalog list; a null field does not filter. {@code nameContains} is a literal,
 * case-insensitive substring (no wildcard characters); empty means no filter.
 */
public record CatalogFilter(String nameContains, CategoryId category, VendorId vendor, String type) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null);

    public CatalogFilter {
        if (nameContains != null && nameContains.isEmpty()) {
            nameContains = null;
        }
    }
}
