package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.app.ClientApp;

/** A client app as seeds 002-004 show it: the full catalog record embedded, then the client's own fields. */
@JsonPropertyOrder({"id", "catalogApp", "isFavorite", "isApproved", "licenseCount", "createdAt", "updatedAt"})
public record AppDto(
        String id,
        CatalogAppDto catalogApp,
        boolean isFavorite,
        boolean isApproved,
        Integer licenseCount,
        String createdAt,
        String updatedAt) {

    public static AppDto of(ClientApp app) {
        return new AppDto(app.id().toString(), CatalogAppDto.of(app.catalogApp()),
                app.state().favorite(), app.state().approved(),
                app.state().licenseCount() == null ? null : app.state().licenseCount().value(),
                Json.timestamp(app.createdAt()), Json.timestamp(app.updatedAt()));
    }
}
