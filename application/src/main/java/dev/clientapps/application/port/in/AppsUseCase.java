package dev.clientapps.application.port.in;

import dev.clientapps.domain.app.AppChanges;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppSelection;
import dev.clientapps.domain.app.BulkOutcome;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FlagChange;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;

/** What a client does with its own apps: browse them, change one, change many at once. */
public interface AppsUseCase {

    Page<ClientApp> list(AppQuery query);

    ClientApp get(ClientId clientId, AppId appId);

    /** Applies a partial update; a no-op leaves the app, updated_at included, as it was. */
    ClientApp update(ClientId clientId, AppId appId, AppChanges changes);

    /** Applies one flag change to many apps atomically. */
    BulkOutcome applyToAll(ClientId clientId, AppSelection selection, FlagChange change);
}
