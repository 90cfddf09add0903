package dev.clientapps.application.port.in;

import dev.clientapps.domain.app.AppChanges;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppSelection;
import dev.clientapps.domain.app.BulkOutcome;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FlagChange;
import dev.clientapps.domain.audit.Origin;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.Sort;
import java.util.function.Consumer;

/** What a client does with its own apps: browse them, change one, change many at once. */
public interface AppsUseCase {

    Page<ClientApp> list(AppQuery query);

    ClientApp get(ClientId clientId, AppId appId);

    /** Hands every app matching {@code filter}, in {@code sort}'s order, to {@code sink}, without holding them all. */
    void export(ClientId clientId, AppFilter filter, Sort sort, Consumer<ClientApp> sink);

    /**
     * Applies a partial update if {@code precondition} holds for the app as it is; a no-op leaves the
     * app, updated_at included, as it was. A real change is recorded in the audit trail as {@code origin}'s.
     */
    ClientApp update(ClientId clientId, AppId appId, AppChanges changes, AppPrecondition precondition, Origin origin);

    /** Applies one flag change to many apps atomically, recording one audit event per app that changed. */
    BulkOutcome applyToAll(ClientId clientId, AppSelection selection, FlagChange change, Origin origin);
}
