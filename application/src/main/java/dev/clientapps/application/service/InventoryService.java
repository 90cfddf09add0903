package dev.clientapps.application.service;

import dev.clientapps.application.port.in.InventoryUseCase;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LoadCatalogPort;
import dev.clientapps.domain.port.SaveAppsPort;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.UnknownReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class InventoryService implements InventoryUseCase {

    private final LoadCatalogPort catalog;
    private final LoadAppsPort loadApps;
    private final SaveAppsPort saveApps;
    private final Now now;

    @Inject
    public InventoryService(LoadCatalogPort catalog, LoadAppsPort loadApps, SaveAppsPort saveApps, Now now) {
        this.catalog = catalog;
        this.loadApps = loadApps;
        this.saveApps = saveApps;
        this.now = now;
    }

    @Override
    @Transactional
    public Added add(ClientId clientId, CatalogAppId catalogAppId, AppState initialState) {
        CatalogApp catalogApp = catalog.loadCatalogApp(catalogAppId)
                .orElseThrow(() -> new UnknownReference("catalog_app_id", "catalog app", catalogAppId.value()));
        ClientApp app = ClientApp.add(clientId, catalogApp, initialState, now.instant());
        if (saveApps.insertAppIfAbsent(app)) {
            return new Added(app, true);
        }
        ClientApp existing = loadApps.loadAppOfCatalogApp(clientId, catalogAppId)
                .orElseThrow(() -> new IllegalStateException("app vanished between insert and read"));
        return new Added(existing, false);
    }

    @Override
    @Transactional
    public void remove(ClientId clientId, AppId appId) {
        if (!saveApps.deleteApp(clientId, appId)) {
            throw NotFound.app(appId.value());
        }
    }
}
