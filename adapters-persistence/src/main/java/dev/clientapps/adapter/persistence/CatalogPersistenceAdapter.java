package dev.clientapps.adapter.persistence;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The shared catalog: written through Panache, read with one statement per page. */
@ApplicationScoped
public class CatalogPersistenceAdapter implements LoadCatalogPort, SaveCatalogPort {

    private static final String SELECT_CATALOG_APP = selectCatalogApp("", "catalog_app");

    private final Sql sql;
    private final Repositories.Vendors vendors;
    private final Repositories.Categories categories;
    private final Repositories.CatalogApps catalogApps;

    @Inject
    CatalogPersistenceAdapter(Sql sql, Repositories.Vendors vendors, Repositories.Categories categories,
                              Repositories.CatalogApps catalogApps) {
        this.sql = sql;
        this.vendors = vendors;
        this.categories = categories;
        this.catalogApps = catalogApps;
    }

    /** {@code from}: the catalog_app table, or a subquery that already picked one page of it. */
    private static String selectCatalogApp(String extraColumns, String from) {
        return "select " + CatalogRows.COLUMNS + extraColumns + "\nfrom " + from + " c\n" + CatalogRows.JOINS + "\n";
    }

    @Override
    public Optional<CatalogApp> loadCatalogApp(CatalogAppId id) {
        return sql.query(SELECT_CATALOG_APP + "where c.id = ?", List.of(id.value()), CatalogRows::map)
                .stream().findFirst();
    }

    @Override
    public Optional<Vendor> loadVendor(VendorId id) {
        return vendors.findByIdOptional(id.value()).map(CatalogPersistenceAdapter::vendor);
    }

    @Override
    public List<Category> loadCategories(Collection<CategoryId> ids) {
        return categories.list("id in ?1", ids.stream().map(CategoryId::value).toList()).stream()
                .map(CatalogPersistenceAdapter::category)
                .toList();
    }

    @Override
    public Page<CatalogApp> listCatalogApps(CatalogQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        CatalogFilterSql.append(where, params, query.filter(), "c.name_key", "c.id");
        return new Keyset("c", query.sort()).read(sql, " from catalog_app c", where.toString(), params, query.page(),
                CatalogPersistenceAdapter::selectCatalogApp, CatalogRows::map);
    }

    @Override
    public void insertVendor(Vendor vendor) {
        VendorEntity entity = new VendorEntity();
        entity.id = vendor.id().value();
        entity.name = vendor.name();
        entity.url = vendor.url();
        vendors.persist(entity);
    }

    @Override
    public void insertCategory(Category category) {
        CategoryEntity entity = new CategoryEntity();
        entity.id = category.id().value();
        entity.name = category.name();
        categories.persist(entity);
    }

    @Override
    public void insertCatalogApp(CatalogApp app) {
        CatalogAppEntity entity = new CatalogAppEntity();
        entity.id = app.id().value();
        entity.createdAt = app.createdAt();
        copy(app, entity);
        catalogApps.persist(entity);
    }

    @Override
    public void updateCatalogApp(CatalogApp app) {
        copy(app, catalogApps.findById(app.id().value()));
    }

    private void copy(CatalogApp app, CatalogAppEntity entity) {
        entity.canonicalName = app.canonicalName();
        entity.description = app.description();
        entity.displayColour = app.displayColour();
        entity.logo = app.logo();
        entity.type = app.type();
        entity.vendor = app.vendor() == null ? null : vendors.getEntityManager()
                .getReference(VendorEntity.class, app.vendor().id().value());
        entity.categories = new HashSet<>();
        for (Category category : app.categories()) {
            entity.categories.add(categories.getEntityManager()
                    .getReference(CategoryEntity.class, category.id().value()));
        }
        entity.updatedAt = app.updatedAt();
    }

    private static Vendor vendor(VendorEntity e) {
        return new Vendor(new VendorId(e.id), e.name, e.url);
    }

    private static Category category(CategoryEntity e) {
        return new Category(new CategoryId(e.id), e.name);
    }
}
