package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.catalog.CatalogApp;
import java.util.List;

@JsonPropertyOrder({"id", "canonicalName", "description", "displayColour", "logo", "type", "vendor", "categories", "createdAt", "updatedAt"})
public record CatalogAppDto(
        String id,
        String canonicalName,
        String description,
        String displayColour,
        String logo,
        String type,
        VendorDto vendor,
        List<CategoryDto> categories,
        String createdAt,
        String updatedAt) {

    public static CatalogAppDto of(CatalogApp app) {
        return new CatalogAppDto(app.id().toString(), app.canonicalName(), app.description(), app.displayColour(),
                app.logo(), app.type(), VendorDto.of(app.vendor()),
                app.categories().stream().map(CategoryDto::of).toList(),
                Json.timestamp(app.createdAt()), Json.timestamp(app.updatedAt()));
    }
}
