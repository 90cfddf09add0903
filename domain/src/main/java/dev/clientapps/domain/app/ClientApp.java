package dev.clientapps.domain.app;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.client.ClientId;
import java.time.Instant;
import java.util.ArrayList;
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

    /** The app's fields as changes from nothing, as its addition to the inventory records them. */
    public List<FieldChange> asAdded() {
        return fields(true);
    }

    /** The app's fields as changes to nothing, as its removal from the inventory records them. */
    public List<FieldChange> asRemoved() {
        return fields(false);
    }

    private List<FieldChange> fields(boolean added) {
        List<FieldChange> fields = new ArrayList<>(4);
        fields.add(presence("catalog_app_id", catalogApp.id().toString(), added));
        fields.add(presence(AppFlag.FAVORITE.field(), state.favorite(), added));
        fields.add(presence(AppFlag.APPROVED.field(), state.approved(), added));
        if (state.licenseCount() != null) {
            fields.add(presence("license_count", state.licenseCount().value(), added));
        }
        return List.copyOf(fields);
    }

    private static FieldChange presence(String field, Object value, boolean added) {
        return added ? new FieldChange(field, null, value) : new FieldChange(field, value, null);
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
