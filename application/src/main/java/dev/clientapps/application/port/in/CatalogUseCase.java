package dev.clientapps.application.port.in;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.listing.CatalogQuery;
import dev.clientapps.domain.listing.Page;

/** Browsing and curating the shared catalog. */
public interface CatalogUseCase {

    Vendor addVendor(String name, String url);

    Category addCategory(String name);

    CatalogApp addCatalogApp(AddCatalogAppCommand command);

    CatalogApp reviseCatalogApp(ReviseCatalogAppCommand command);

    CatalogApp get(CatalogAppId id);

    Vendor getVendor(VendorId id);

    Category getCategory(CategoryId id);

    Page<CatalogApp> list(CatalogQuery query);
}
