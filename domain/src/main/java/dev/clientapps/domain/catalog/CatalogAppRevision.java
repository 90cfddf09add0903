package dev.clientapps.domain.catalog;

import dev.clientapps.domain.shared.InvalidValue;
import dev.clientapps.domain.shared.Patch;
import java.util.List;

/**
 * A partial update of a catalog app, with references already resolved. {@code canonicalName}
 * may not be set to null; every other field may.
 */
public record CatalogAppRevision(
        Patch<String> canonicalName,
        Patch<String> description,
        Patch<String> displayColour,
        Patch<String> logo,
        Patch<String> type,
        Patch<Vendor> vendor,
        Patch<List<Category>> categories) {

    public CatalogAppRevision {
        if (canonicalName.isPresent() && canonicalName.applyTo(null) == null) {
            throw new InvalidValue("canonical_name", "canonical_name cannot be null");
        }
        if (categories.isPresent() && categories.applyTo(null) == null) {
            categories = Patch.of(List.of());
        }
    }
}
