package dev.clientapps.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The Panache repositories of the persistence adapter; none of them leaves this package. */
final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    static class Clients implements PanacheRepositoryBase<ClientEntity, UUID> {
    }

    @ApplicationScoped
    static class Vendors implements PanacheRepositoryBase<VendorEntity, UUID> {
    }

    @ApplicationScoped
    static class Categories implements PanacheRepositoryBase<CategoryEntity, UUID> {
    }

    @ApplicationScoped
    static class CatalogApps implements PanacheRepositoryBase<CatalogAppEntity, UUID> {
    }
}
