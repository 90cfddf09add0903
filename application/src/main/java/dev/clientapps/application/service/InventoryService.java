package dev.clientapps.application.service;

import dev.clientapps.application.port.in.InventoryUseCase;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.Origin;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LoadCatalogPort;
import dev.clientapps.domain.port.LockAppsPort;
import dev.clientapps.domain.port.RecordAuditEventsPort;
import dev.clientapps.domain.port.SaveAppsPort;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.UnknownReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class InventoryService implements InventoryUseCase {

    private final LoadCatalogPort catalog;
    private final LoadAppsPort loadApps;
    private final LockAppsPort lockApps;
    private final SaveAppsPort saveApps;
    private final RecordAuditEventsPort audit;
    private final Now now;

    @Inject
    public InventoryService(LoadCatalogPort catalog, LoadAppsPort loadApps, LockAppsPort lockApps,
                            SaveAppsPort saveApps, RecordAuditEventsPort audit, Now now) {
        this.catalog = catalog;
        this.loadApps = loadApps;
        this.lockApps = lockApps;
        this.saveApps = saveApps;
        this.audit = audit;
        this.now = now;
    }

    @Override
    @Transactional
    public Added add(ClientId clientId, CatalogAppId catalogAppId, AppState initialState, Origin origin) {
        CatalogApp catalogApp = catalog.loadCatalogApp(catalogAppId)
                .orElseThrow(() -> new UnknownReference("catalog_app_id", "catalog app", catalogAppId.value()));
        Instant at = now.instant();
        ClientApp app = ClientApp.add(clientId, catalogApp, initialState, at);
        if (saveApps.insertAppIfAbsent(app)) {
            audit.record(List.of(AuditEvent.record(clientId, app.id(), AuditAction.ADDED, app.asAdded(), origin, at)));
            return new Added(app, true);
        }
        ClientApp existing = loadApps.loadAppOfCatalogApp(clientId, catalogAppId)
                .orElseThrow(() -> new IllegalStateException("app vanished between insert and read"));
        return new Added(existing, false);
    }

    @Override
    @Transactional
    public void remove(ClientId clientId, AppId appId, Origin origin) {
        ClientApp app = lockApps.lockApp(clientId, appId).orElseThrow(() -> NotFound.app(appId.value()));
        // the event first: the delete locks the client's counter row until commit (see AppService)
        audit.record(List.of(AuditEvent.record(clientId, appId, AuditAction.REMOVED, app.asRemoved(), origin,
                now.instant())));
        if (!saveApps.deleteApp(clientId, appId)) {
            throw new IllegalStateException("a locked app vanished before its removal");
        }
    }
}
