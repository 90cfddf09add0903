package dev.clientapps.domain.port;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.Vendor;

/** Writes the shared catalog. References (vendor, categories) are known to exist. */
public interface SaveCatalogPort {

    void insertVendor(Vendor vendor);

    void insertCategory(Category category);

    void insertCatalogApp(CatalogApp app);

    void updateCatalogApp(CatalogApp app);
}
