package dev.clientapps.domain.catalog;

import dev.clientapps.domain.shared.Text;
import dev.clientapps.domain.shared.WebAddress;
import java.util.Objects;

/** The company behind catalog apps. */
public record Vendor(VendorId id, String name, String url) {

    public Vendor {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, CatalogApp.TEXT_MAX);
        url = WebAddress.optional("url", url);
    }
}
