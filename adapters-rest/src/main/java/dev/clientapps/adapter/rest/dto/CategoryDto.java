package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.catalog.Category;

@JsonPropertyOrder({"id", "name"})
public record CategoryDto(String id, String name) {

    public static CategoryDto of(Category category) {
        return new CategoryDto(category.id().toString(), category.name());
    }
}
