package dev.clientapps.application.service;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.Vendor;
import java.time.Instant;
import java.util.List;

/** Valid catalog records for service tests. */
final class Catalog {

    static final Instant PUBLISHED = Instant.parse("2024-01-01T00:00:00Z");

    private Catalog() {
    }

    static CatalogApp app(String name) {
        return app(name, null, List.of());
    }

    static CatalogApp app(String name, Vendor vendor, List<Category> categories) {
        return new CatalogApp(CatalogAppId.random(), name, name + " app", "#4A154B",
                "https://cdn.example.com/" + name.toLowerCase() + ".png", "saas", vendor, categories,
                PUBLISHED, PUBLISHED);
    }
}
