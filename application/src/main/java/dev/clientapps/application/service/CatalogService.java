package dev.clientapps.application.service;

import dev.clientapps.application.port.in.AddCatalogAppCommand;
import dev.clientapps.application.port.in.CatalogUseCase;
import dev.clientapps.application.port.in.ReviseCatalogAppCommand;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.CatalogAppRevision;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.listing.CatalogQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.port.LoadCatalogPort;
import dev.clientapps.domain.port.SaveCatalogPort;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.UnknownReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class CatalogService implements CatalogUseCase {

    private final LoadCatalogPort load;
    private final SaveCatalogPort save;
    private final Now now;

    @Inject
    public CatalogService(LoadCatalogPort load, SaveCatalogPort save, Now now) {
        this.load = load;
        this.save = save;
        this.now = now;
    }

    @Override
    @Transactional
    public Vendor addVendor(String name, String url) {
        Vendor vendor = new Vendor(VendorId.random(), name, url);
        save.insertVendor(vendor);
        return vendor;
    }

    @Override
    @Transactional
    public Category addCategory(String name) {
        Category category = new Category(CategoryId.random(), name);
        save.insertCategory(category);
        return category;
    }

    @Override
    @Transactional
    public CatalogApp addCatalogApp(AddCatalogAppCommand command) {
        Instant at = now.instant();
        CatalogApp app = new CatalogApp(CatalogAppId.random(), command.canonicalName(), command.description(),
                command.displayColour(), command.logo(), command.type(), vendor(command.vendorId()),
                categories(command.categoryIds()), at, at);
        save.insertCatalogApp(app);
        return app;
    }

    @Override
    @Transactional
    public CatalogApp reviseCatalogApp(ReviseCatalogAppCommand command) {
        CatalogApp current = get(command.id());
        CatalogAppRevision revision = new CatalogAppRevision(command.canonicalName(), command.description(),
                command.displayColour(), command.logo(), command.type(),
                command.vendorId().map(this::vendor), command.categoryIds().map(this::categories));
        CatalogApp revised = current.revise(revision, now.instant());
        if (revised != current) {
            save.updateCatalogApp(revised);
        }
        return revised;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogApp get(CatalogAppId id) {
        return load.loadCatalogApp(id).orElseThrow(() -> NotFound.catalogApp(id.toString()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Vendor getVendor(VendorId id) {
        return load.loadVendor(id).orElseThrow(() -> NotFound.vendor(id.toString()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Category getCategory(CategoryId id) {
        return load.loadCategories(List.of(id)).stream().findFirst()
                .orElseThrow(() -> NotFound.category(id.toString()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CatalogApp> list(CatalogQuery query) {
        return load.listCatalogApps(query);
    }

    private Vendor vendor(VendorId id) {
        if (id == null) {
            return null;
        }
        return load.loadVendor(id).orElseThrow(() -> new UnknownReference("vendor_id", "vendor", id.value()));
    }

    private List<Category> categories(List<CategoryId> ids) {
        Set<CategoryId> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Category> found = load.loadCategories(wanted);
        Set<CategoryId> foundIds = found.stream().map(Category::id).collect(Collectors.toSet());
        for (CategoryId id : wanted) {
            if (!foundIds.contains(id)) {
                throw new UnknownReference("category_ids", "category", id.value());
            }
        }
        return found;
    }
}
