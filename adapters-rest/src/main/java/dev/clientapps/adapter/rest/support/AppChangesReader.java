package dev.clientapps.adapter.rest.support;

import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.domain.app.AppChanges;
import dev.clientapps.domain.app.LicenseCount;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Update App body (seed 002, CONTRACT §4) into the domain's {@link AppChanges}: read-only
 * fields and unknown fields are refused by name, and an absent {@code license_count} stays
 * distinct from {@code "license_count": null}.
 */
public final class AppChangesReader {

    private static final Map<String, String> READ_ONLY = Map.of(
            "id", "Immutable identifier",
            "catalog_app", "Managed through the Catalog Apps domain",
            "created_at", "System-managed timestamp",
            "updated_at", "System-managed timestamp");
    private static final Set<String> WRITABLE = Set.of("is_favorite", "is_approved", "license_count");

    private AppChangesReader() {
    }

    public static AppChanges read(JsonFields fields) {
        Iterator<String> names = fields.names();
        while (names.hasNext()) {
            String name = names.next();
            String reason = READ_ONLY.get(name);
            if (reason != null) {
                throw ApiException.invalid("Field '" + name + "' cannot be updated via this endpoint",
                        Map.of("field", name, "reason", reason));
            }
        }
        fields.onlyFields(WRITABLE);
        return new AppChanges(
                fields.bool("is_favorite"),
                fields.bool("is_approved"),
                fields.nonNegativeIntOrNull("license_count").map(LicenseCount::new));
    }
}
