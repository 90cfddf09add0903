package dev.clientapps.domain.port;

import dev.clientapps.domain.app.AppFlag;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.client.ClientId;
import java.time.Instant;
import java.util.Collection;

/** Writes one client's apps. */
public interface SaveAppsPort {

    /** Stores a new app unless the client already holds its catalog app; true when stored. */
    boolean insertAppIfAbsent(ClientApp app);

    /** Stores the client-owned state and updated_at of an existing app. */
    void saveState(ClientApp app);

    /** Sets {@code flag} to {@code value} and updated_at to {@code now} on all of {@code ids}, in one statement. */
    void setFlag(ClientId clientId, Collection<AppId> ids, AppFlag flag, boolean value, Instant now);

    /** Removes the app; false when the client holds no such app. */
    boolean deleteApp(ClientId clientId, AppId appId);
}
