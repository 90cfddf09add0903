package dev.clientapps.application.service;

import dev.clientapps.application.port.in.AppsUseCase;
import dev.clientapps.domain.app.AppChanges;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppSelection;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.BulkOutcome;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FlagChange;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LockAppsPort;
import dev.clientapps.domain.port.SaveAppsPort;
import dev.clientapps.domain.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class AppService implements AppsUseCase {

    private final LoadAppsPort load;
    private final LockAppsPort lock;
    private final SaveAppsPort save;
    private final Now now;

    @Inject
    public AppService(LoadAppsPort load, LockAppsPort lock, SaveAppsPort save, Now now) {
        this.load = load;
        this.lock = lock;
        this.save = save;
        this.now = now;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClientApp> list(AppQuery query) {
        return load.listApps(query);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientApp get(ClientId clientId, AppId appId) {
        return load.loadApp(clientId, appId).orElseThrow(() -> NotFound.app(appId.value()));
    }

    @Override
    @Transactional
    public ClientApp update(ClientId clientId, AppId appId, AppChanges changes) {
        ClientApp current = lock.lockApp(clientId, appId).orElseThrow(() -> NotFound.app(appId.value()));
        ClientApp.Update update = current.update(changes, now.instant());
        if (update.changed()) {
            save.saveState(update.app());
        }
        return update.app();
    }

    @Override
    @Transactional
    public BulkOutcome applyToAll(ClientId clientId, AppSelection selection, FlagChange change) {
        Map<AppId, AppState> current = lock.lockStates(clientId, selection.ids());
        BulkOutcome outcome = change.decide(selection, current);
        if (!outcome.changed().isEmpty()) {
            save.setFlag(clientId, outcome.changed(), change.flag(), change.value(), now.instant());
        }
        return outcome;
    }
}
