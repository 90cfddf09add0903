package dev.clientapps.application.port.in;

import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.audit.Origin;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;

/** Adding catalog apps to a client's inventory and removing them. */
public interface InventoryUseCase {

    /** The app afterwards, and whether this call created it (false: the client already held it, unchanged). */
    record Added(ClientApp app, boolean created) {
    }

    /** Adds the catalog app unless the client holds it already; an addition is recorded in the audit trail. */
    Added add(ClientId clientId, CatalogAppId catalogAppId, AppState initialState, Origin origin);

    /** Removes the app, recording its last state in the audit trail. */
    void remove(ClientId clientId, AppId appId, Origin origin);
}
