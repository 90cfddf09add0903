package dev.clientapps.application.port.in;

import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.shared.Patch;
import java.util.List;
import java.util.Objects;

/** A partial update of a catalog app; absent fields stay as they are. */
public record ReviseCatalogAppCommand(
        CatalogAppId id,
        Patch<String> canonicalName,
        Patch<String> description,
        Patch<String> displayColour,
        Patch<String> logo,
        Patch<String> type,
        Patch<VendorId> vendorId,
        Patch<List<CategoryId>> categoryIds) {

    public ReviseCatalogAppCommand {
        Objects.requireNonNull(id, "id");
    }
}
