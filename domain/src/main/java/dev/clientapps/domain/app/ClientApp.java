package dev.clientapps.domain.app;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One app in one client's inventory: a shared catalog record plus the client's own state.
 * {@code updatedAt} moves only when the client-owned state really changes.
 */
public record ClientApp(
        AppId id,
        ClientId clientId,
        CatalogApp catalogApp,
        AppState state,
        Instant createdAt,
        Instant updatedAt) {

    public ClientApp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(catalogApp, "catalogApp");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new app in a client's inventory. */
    public static ClientApp add(ClientId clientId, CatalogApp catalogApp, AppState state, Instant now) {
        return new ClientApp(AppId.random(), clientId, catalogApp, state, now, now);
    }

    /** The outcome of an update: the app afterwards and what really changed (empty for a no-op). */
    public record Update(ClientApp app, List<FieldChange> changes) {
        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    public Update update(AppChanges requested, Instant now) {
        AppState after = state.apply(requested);
        List<FieldChange> changes = state.changesTo(after);
        if (changes.isEmpty()) {
            return new Update(this, changes);
        }
        return new Update(new ClientApp(id, clientId, catalogApp, after, createdAt, now), changes);
    }
}
