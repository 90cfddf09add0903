package dev.clientapps.domain.port;

import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.Sort;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads one client's apps. Every read is scoped to the client: another client's app is absent. */
public interface LoadAppsPort {

    Optional<ClientApp> loadApp(ClientId clientId, AppId appId);

    Optional<ClientApp> loadAppOfCatalogApp(ClientId clientId, CatalogAppId catalogAppId);

    /** One page in the query's order, with the total count of the client's matching apps. */
    Page<ClientApp> listApps(AppQuery query);

    /**
     * Every matching app in {@code sort}'s order, handed to {@code sink} one by one as the store
     * yields them (memory does not grow with the number of apps). Needs a transaction.
     */
    void streamApps(ClientId clientId, AppFilter filter, Sort sort, Consumer<ClientApp> sink);
}
