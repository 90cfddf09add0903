package dev.clientapps.application.service;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.listing.CatalogQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.port.LoadCatalogPort;
import dev.clientapps.domain.port.SaveCatalogPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shared catalog in maps; records the catalog-app writes it receives. */
final class InMemoryCatalog implements LoadCatalogPort, SaveCatalogPort {

    private final Map<VendorId, Vendor> vendors = new HashMap<>();
    private final Map<CategoryId, Category> categories = new HashMap<>();
    private final Map<CatalogAppId, CatalogApp> apps = new HashMap<>();
    final List<CatalogApp> inserted = new ArrayList<>();
    final List<CatalogApp> updated = new ArrayList<>();

    Vendor vendor(String name) {
        Vendor vendor = new Vendor(VendorId.random(), name, null);
        vendors.put(vendor.id(), vendor);
        return vendor;
    }

    Category category(String name) {
        Category category = new Category(CategoryId.random(), name);
        categories.put(category.id(), category);
        return category;
    }

    CatalogApp publish(CatalogApp app) {
        apps.put(app.id(), app);
        return app;
    }

    Optional<CatalogApp> stored(CatalogAppId id) {
        return Optional.ofNullable(apps.get(id));
    }

    @Override
    public Optional<CatalogApp> loadCatalogApp(CatalogAppId id) {
        return stored(id);
    }

    @Override
    public Optional<Vendor> loadVendor(VendorId id) {
        return Optional.ofNullable(vendors.get(id));
    }

    @Override
    public List<Category> loadCategories(Collection<CategoryId> ids) {
        return ids.stream().map(categories::get).filter(category -> category != null).toList();
    }

    @Override
    public Page<CatalogApp> listCatalogApps(CatalogQuery query) {
        throw new UnsupportedOperationException("listing is not part of these tests");
    }

    @Override
    public void insertVendor(Vendor vendor) {
        vendors.put(vendor.id(), vendor);
    }

    @Override
    public void insertCategory(Category category) {
        categories.put(category.id(), category);
    }

    @Override
    public void insertCatalogApp(CatalogApp app) {
        inserted.add(app);
        apps.put(app.id(), app);
    }

    @Override
    public void updateCatalogApp(CatalogApp app) {
        updated.add(app);
        apps.put(app.id(), app);
    }
}
