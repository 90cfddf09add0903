package dev.clientapps.domain.catalog;

import dev.clientapps.domain.shared.InvalidValue;
import dev.clientapps.domain.shared.Text;
import dev.clientapps.domain.shared.WebAddress;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A shared catalog record: the facts about an app that are the same for every client. These
 * fields are catalog-owned; a client can never change them through its own inventory.
 * {@code vendor} may be null; {@code categories} may be empty, never null.
 */
public record CatalogApp(
        CatalogAppId id,
        String canonicalName,
        String description,
        String displayColour,
        String logo,
        String type,
        Vendor vendor,
        List<Category> categories,
        Instant createdAt,
        Instant updatedAt) {

    public static final int TEXT_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int TYPE_MAX = 50;
    /** Categories are listed by name, then id (as text), the same order the store reads them in. */
    private static final Comparator<Category> BY_NAME_THEN_ID =
            Comparator.comparing(Category::name).thenComparing(c -> c.id().toString());

    public CatalogApp {
        Objects.requireNonNull(id, "id");
        canonicalName = Text.required("canonical_name", canonicalName, TEXT_MAX);
        description = Text.optional("description", description, DESCRIPTION_MAX);
        displayColour = colour(displayColour);
        logo = WebAddress.optional("logo", logo);
        type = type == null ? null : Text.required("type", type, TYPE_MAX);
        categories = inOrder(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Distinct and in order. Lists read from the store already are, and then only need checking:
     * sorting and de-duplicating every catalog app of a page anew was a visible part of its CPU time.
     */
    private static List<Category> inOrder(List<Category> categories) {
        for (int i = 1; i < categories.size(); i++) {
            if (BY_NAME_THEN_ID.compare(categories.get(i - 1), categories.get(i)) >= 0) {
                return categories.stream().distinct().sorted(BY_NAME_THEN_ID).toList();
            }
        }
        return List.copyOf(categories);
    }

    /** "#" and six hex digits, checked by hand instead of with a regular expression (same rule, less CPU). */
    private static String colour(String value) {
        if (value != null && !(value.length() == 7 && value.charAt(0) == '#' && hexDigits(value, 1))) {
            throw new InvalidValue("display_colour", "display_colour must be a colour like #4A154B");
        }
        return value;
    }

    private static boolean hexDigits(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** The catalog-owned facts after applying {@code revision}; timestamps move only on a real change. */
    public CatalogApp revise(CatalogAppRevision revision, Instant now) {
        CatalogApp revised = new CatalogApp(id,
                revision.canonicalName().applyTo(canonicalName),
                revision.description().applyTo(description),
                revision.displayColour().applyTo(displayColour),
                revision.logo().applyTo(logo),
                revision.type().applyTo(type),
                revision.vendor().applyTo(vendor),
                revision.categories().applyTo(categories),
                createdAt,
                updatedAt);
        if (revised.equals(this)) {
            return this;
        }
        return new CatalogApp(id, revised.canonicalName, revised.description, revised.displayColour,
                revised.logo, revised.type, revised.vendor, revised.categories, createdAt, now);
    }
}
