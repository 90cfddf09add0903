package dev.clientapps.domain.catalog;

import dev.clientapps.domain.shared.Text;
import java.util.Objects;

/** A catalog category (Communication, Development, ...). */
public record Category(CategoryId id, String name) {

    public Category {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, CatalogApp.TEXT_MAX);
    }
}
