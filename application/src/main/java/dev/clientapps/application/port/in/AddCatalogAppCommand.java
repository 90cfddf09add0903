package dev.clientapps.application.port.in;

import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.VendorId;
import java.util.List;

/** A new catalog app. {@code vendorId} may be null; {@code categoryIds} may be empty. */
public record AddCatalogAppCommand(
        String canonicalName,
        String description,
        String displayColour,
        String logo,
        String type,
        VendorId vendorId,
        List<CategoryId> categoryIds) {

    public AddCatalogAppCommand {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }
}
