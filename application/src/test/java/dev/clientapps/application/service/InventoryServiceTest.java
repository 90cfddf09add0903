package dev.clientapps.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.application.port.in.InventoryUseCase.Added;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FieldChange;
import dev.clientapps.domain.app.LicenseCount;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.Origin;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.UnknownReference;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryServiceTest {

    private final TestClock clock = new TestClock();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryApps apps = new InMemoryApps();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InventoryService service = new InventoryService(catalog, apps, apps, apps, audit, new Now(clock));
    private final ClientId client = ClientId.random();
    private final Origin origin = new Origin("alice", "req-1");
    private final CatalogApp slack = catalog.publish(Catalog.app("Slack"));

    @Test
    void addCreatesTheAppWithItsInitialStateStampedWithNow() {
        AppState initial = new AppState(true, false, new LicenseCount(20));

        Added added = service.add(client, slack.id(), initial, origin);

        assertThat(added.created()).isTrue();
        assertThat(added.app().clientId()).isEqualTo(client);
        assertThat(added.app().catalogApp()).isEqualTo(slack);
        assertThat(added.app().state()).isEqualTo(initial);
        assertThat(added.app().createdAt()).isEqualTo(clock.now());
        assertThat(added.app().updatedAt()).isEqualTo(clock.now());
        assertThat(apps.stored(added.app().id())).contains(added.app());
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ADDED);
            assertThat(event.appId()).isEqualTo(added.app().id());
            assertThat(event.changes()).containsExactly(
                    new FieldChange("catalog_app_id", null, slack.id().toString()),
                    new FieldChange("is_favorite", null, true),
                    new FieldChange("is_approved", null, false),
                    new FieldChange("license_count", null, 20));
        });
    }

    @Test
    void addingAnAppTheClientAlreadyHoldsReturnsTheExistingAppUnchanged() {
        ClientApp first = service.add(client, slack.id(), AppState.INITIAL, origin).app();
        clock.advance(Duration.ofHours(1));

        Added again = service.add(client, slack.id(), new AppState(true, true, new LicenseCount(5)), origin);

        assertThat(again.created()).isFalse();
        assertThat(again.app()).isEqualTo(first);
        assertThat(apps.stored(first.id())).contains(first);
        assertThat(audit.events).hasSize(1);
    }

    @Test
    void twoClientsCanEachAddTheSameCatalogApp() {
        service.add(client, slack.id(), AppState.INITIAL, origin);

        assertThat(service.add(ClientId.random(), slack.id(), AppState.INITIAL, origin).created()).isTrue();
    }

    @Test
    void addOfAnUnknownCatalogAppIsAnUnknownReference() {
        CatalogAppId unknown = CatalogAppId.random();

        assertThatThrownBy(() -> service.add(client, unknown, AppState.INITIAL, origin))
                .isInstanceOfSatisfying(UnknownReference.class, e -> assertThat(e.details())
                        .isEqualTo(Map.of("field", "catalog_app_id", "value", unknown.toString())));
        assertThat(apps.loadAppOfCatalogApp(client, unknown)).isEmpty();
    }

    @Test
    void removeDeletesTheClientsApp() {
        ClientApp app = apps.hold(client, slack, AppState.INITIAL);
        audit.rowWrites = () -> apps.stored(app.id()).isEmpty() ? 1 : 0;

        service.remove(client, app.id(), origin);

        assertThat(apps.stored(app.id())).isEmpty();
        assertThat(audit.rowWritesAtRecord).as("the event comes before the delete").containsExactly(0);
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.REMOVED);
            assertThat(event.changes()).containsExactly(
                    new FieldChange("catalog_app_id", slack.id().toString(), null),
                    new FieldChange("is_favorite", false, null),
                    new FieldChange("is_approved", false, null));
        });
    }

    @Test
    void removeOfAnUnknownAppIsNotFound() {
        AppId unknown = AppId.random();

        assertThatThrownBy(() -> service.remove(client, unknown, origin))
                .isInstanceOfSatisfying(NotFound.class, e -> {
                    assertThat(e).hasMessage("App not found");
                    assertThat(e.details()).isEqualTo(Map.of("app_id", unknown.toString()));
                });
    }

    @Test
    void removeOfAnotherClientsAppIsNotFoundAndKeepsIt() {
        ClientApp theirs = apps.hold(ClientId.random(), slack, AppState.INITIAL);

        assertThatThrownBy(() -> service.remove(client, theirs.id(), origin)).isInstanceOf(NotFound.class);
        assertThat(apps.stored(theirs.id())).contains(theirs);
        assertThat(audit.events).isEmpty();
    }
}
