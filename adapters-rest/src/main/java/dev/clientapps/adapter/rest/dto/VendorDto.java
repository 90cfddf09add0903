package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.catalog.Vendor;

@JsonPropertyOrder({"id", "name", "url"})
public record VendorDto(String id, String name, String url) {

    public static VendorDto of(Vendor vendor) {
        return vendor == null ? null : new VendorDto(vendor.id().toString(), vendor.name(), vendor.url());
    }
}
