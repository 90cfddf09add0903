package dev.clientapps.application.service;

import dev.clientapps.application.port.in.AppPrecondition;
import dev.clientapps.application.port.in.AppsUseCase;
import dev.clientapps.domain.app.AppChanges;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppSelection;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.BulkOutcome;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FlagChange;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.Origin;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.Sort;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LockAppsPort;
import dev.clientapps.domain.port.RecordAuditEventsPort;
import dev.clientapps.domain.port.SaveAppsPort;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.PreconditionFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

@ApplicationScoped
public class AppService implements AppsUseCase {

    private final LoadAppsPort load;
    private final LockAppsPort lock;
    private final SaveAppsPort save;
    private final RecordAuditEventsPort audit;
    private final Now now;

    @Inject
    public AppService(LoadAppsPort load, LockAppsPort lock, SaveAppsPort save, RecordAuditEventsPort audit, Now now) {
        this.load = load;
        this.lock = lock;
        this.save = save;
        this.audit = audit;
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

    /** One read-only transaction for the whole export: the database streams from one snapshot. */
    @Override
    @Transactional
    public void export(ClientId clientId, AppFilter filter, Sort sort, Consumer<ClientApp> sink) {
        load.streamApps(clientId, filter, sort, sink);
    }

    @Override
    @Transactional
    public ClientApp update(ClientId clientId, AppId appId, AppChanges changes, AppPrecondition precondition,
                            Origin origin) {
        ClientApp current = lock.lockApp(clientId, appId).orElseThrow(() -> NotFound.app(appId.value()));
        if (!precondition.holds(current)) {
            throw new PreconditionFailed("The app has changed since the given version; read it again");
        }
        Instant at = now.instant();
        ClientApp.Update update = current.update(changes, at);
        if (update.changed()) {
            audit.record(List.of(AuditEvent.record(clientId, appId, AuditAction.ofChanges(update.changes()),
                    update.changes(), origin, at)));
            save.saveState(update.app());
        }
        return update.app();
    }

    /*
     * In update and applyToAll the audit events are written before the rows: a flag change makes
     * the client_app_count trigger lock the client's counter row until commit, so every write after
     * it makes the other writers of that client wait longer. The events are decided from the locked
     * rows, and one transaction still holds both, so neither is ever kept without the other.
     */
    @Override
    @Transactional
    public BulkOutcome applyToAll(ClientId clientId, AppSelection selection, FlagChange change, Origin origin) {
        Map<AppId, AppState> current = lock.lockStates(clientId, selection.ids());
        BulkOutcome outcome = change.decide(selection, current);
        if (!outcome.changes().isEmpty()) {
            Instant at = now.instant();
            audit.record(outcome.changes().entrySet().stream()
                    .map(moved -> AuditEvent.record(clientId, moved.getKey(), AuditAction.ofChanges(moved.getValue()),
                            moved.getValue(), origin, at))
                    .toList());
            save.setFlag(clientId, outcome.changed(), change.flag(), change.value(), at);
        }
        return outcome;
    }
}
