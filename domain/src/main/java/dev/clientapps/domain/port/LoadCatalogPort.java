package dev.clientapps.domain.port;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.listing.CatalogQuery;
import dev.clientapps.domain.listing.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the shared catalog. */
public interface LoadCatalogPort {

    Optional<CatalogApp> loadCatalogApp(CatalogAppId id);

    Optional<Vendor> loadVendor(VendorId id);

    /** The categories with these ids that exist, in no particular order. */
    List<Category> loadCategories(Collection<CategoryId> ids);

    /** One page in the query's order, with the total count of matching catalog apps. */
    Page<CatalogApp> listCatalogApps(CatalogQuery query);
}
