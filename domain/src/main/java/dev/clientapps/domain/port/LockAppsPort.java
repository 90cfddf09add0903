package dev.clientapps.domain.port;

import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.client.ClientId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Reads apps for change, holding them locked until the transaction ends. Locks are always
 * taken in id order, so overlapping changes wait for each other instead of deadlocking.
 */
public interface LockAppsPort {

    Optional<ClientApp> lockApp(ClientId clientId, AppId appId);

    /** The current state of each of {@code ids} that the client holds; ids it does not hold are absent. */
    Map<AppId, AppState> lockStates(ClientId clientId, Collection<AppId> ids);
}
