package dev.clientapps.domain.catalog;

import java.time.Instant;
import java.util.List;

/** A valid catalog app with sensible defaults; each test changes only what it is about. */
public final class CatalogAppBuilder {

    public static final Instant CREATED = Instant.parse("2024-01-01T09:00:00Z");

    private CatalogAppId id = CatalogAppId.random();
    private String canonicalName = "Slack";
    private String description = "Team chat";
    private String displayColour = "#4A154B";
    private String logo = "https://cdn.example.com/slack.png";
    private String type = "saas";
    private Vendor vendor = new Vendor(VendorId.random(), "Slack Technologies", "https://slack.com");
    private List<Category> categories = List.of();
    private Instant createdAt = CREATED;
    private Instant updatedAt = CREATED;

    private CatalogAppBuilder() {
    }

    public static CatalogAppBuilder aCatalogApp() {
        return new CatalogAppBuilder();
    }

    public CatalogAppBuilder canonicalName(String value) {
        canonicalName = value;
        return this;
    }

    public CatalogAppBuilder description(String value) {
        description = value;
        return this;
    }

    public CatalogAppBuilder displayColour(String value) {
        displayColour = value;
        return this;
    }

    public CatalogAppBuilder logo(String value) {
        logo = value;
        return this;
    }

    public CatalogAppBuilder type(String value) {
        type = value;
        return this;
    }

    public CatalogAppBuilder vendor(Vendor value) {
        vendor = value;
        return this;
    }

    public CatalogAppBuilder categories(Category... values) {
        categories = List.of(values);
        return this;
    }

    public CatalogAppBuilder updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    public CatalogApp build() {
        return new CatalogApp(id, canonicalName, description, displayColour, logo, type, vendor, categories,
                createdAt, updatedAt);
    }
}
