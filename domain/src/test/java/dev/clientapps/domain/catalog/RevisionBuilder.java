package dev.clientapps.domain.catalog;

import dev.clientapps.domain.shared.Patch;
import java.util.List;

/** A catalog revision where every field is absent unless a test sets it. */
final class RevisionBuilder {

    private Patch<String> canonicalName = Patch.absent();
    private Patch<String> description = Patch.absent();
    private Patch<String> displayColour = Patch.absent();
    private Patch<String> logo = Patch.absent();
    private Patch<String> type = Patch.absent();
    private Patch<Vendor> vendor = Patch.absent();
    private Patch<List<Category>> categories = Patch.absent();

    private RevisionBuilder() {
    }

    static RevisionBuilder aRevision() {
        return new RevisionBuilder();
    }

    RevisionBuilder canonicalName(String value) {
        canonicalName = Patch.of(value);
        return this;
    }

    RevisionBuilder description(String value) {
        description = Patch.of(value);
        return this;
    }

    RevisionBuilder displayColour(String value) {
        displayColour = Patch.of(value);
        return this;
    }

    RevisionBuilder vendor(Vendor value) {
        vendor = Patch.of(value);
        return this;
    }

    RevisionBuilder categories(List<Category> value) {
        categories = Patch.of(value);
        return this;
    }

    CatalogAppRevision build() {
        return new CatalogAppRevision(canonicalName, description, displayColour, logo, type, vendor, categories);
    }
}
