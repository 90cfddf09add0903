package dev.clientapps.application.service;

import dev.clientapps.domain.app.AppFlag;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.Sort;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LockAppsPort;
import dev.clientapps.domain.port.SaveAppsPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Client apps held in a map, scoped by client like the real store; records the writes it receives. */
final class InMemoryApps implements LoadAppsPort, LockAppsPort, SaveAppsPort {

    record SetFlagCall(ClientId clientId, List<AppId> ids, AppFlag flag, boolean value, Instant now) {
    }

    private final Map<AppId, ClientApp> apps = new LinkedHashMap<>();
    final List<ClientApp> savedStates = new ArrayList<>();
    final List<SetFlagCall> setFlagCalls = new ArrayList<>();

    ClientApp hold(ClientId clientId, CatalogApp catalogApp, AppState state) {
        ClientApp app = ClientApp.add(clientId, catalogApp, state, Catalog.PUBLISHED);
        apps.put(app.id(), app);
        return app;
    }

    Optional<ClientApp> stored(AppId id) {
        return Optional.ofNullable(apps.get(id));
    }

    @Override
    public Optional<ClientApp> loadApp(ClientId clientId, AppId appId) {
        return stored(appId).filter(app -> app.clientId().equals(clientId));
    }

    @Override
    public Optional<ClientApp> loadAppOfCatalogApp(ClientId clientId, CatalogAppId catalogAppId) {
        return apps.values().stream()
                .filter(app -> app.clientId().equals(clientId) && app.catalogApp().id().equals(catalogAppId))
                .findFirst();
    }

    @Override
    public Page<ClientApp> listApps(AppQuery query) {
        throw new UnsupportedOperationException("listing is not part of these tests");
    }

    @Override
    public void streamApps(ClientId clientId, AppFilter filter, Sort sort, Consumer<ClientApp> sink) {
        throw new UnsupportedOperationException("exporting is not part of these tests");
    }

    @Override
    public Optional<ClientApp> lockApp(ClientId clientId, AppId appId) {
        return loadApp(clientId, appId);
    }

    @Override
    public Map<AppId, AppState> lockStates(ClientId clientId, Collection<AppId> ids) {
        Map<AppId, AppState> states = new LinkedHashMap<>();
        ids.forEach(id -> loadApp(clientId, id).ifPresent(app -> states.put(id, app.state())));
        return states;
    }

    @Override
    public boolean insertAppIfAbsent(ClientApp app) {
        if (loadAppOfCatalogApp(app.clientId(), app.catalogApp().id()).isPresent()) {
            return false;
        }
        apps.put(app.id(), app);
        return true;
    }

    @Override
    public void saveState(ClientApp app) {
        savedStates.add(app);
        apps.put(app.id(), app);
    }

    @Override
    public void setFlag(ClientId clientId, Collection<AppId> ids, AppFlag flag, boolean value, Instant now) {
        setFlagCalls.add(new SetFlagCall(clientId, List.copyOf(ids), flag, value, now));
        for (AppId id : ids) {
            loadApp(clientId, id).ifPresent(app -> apps.put(id, new ClientApp(app.id(), app.clientId(),
                    app.catalogApp(), app.state().with(flag, value), app.createdAt(), now)));
        }
    }

    @Override
    public boolean deleteApp(ClientId clientId, AppId appId) {
        return loadApp(clientId, appId).map(app -> apps.remove(appId) != null).orElse(false);
    }
}
