package dev.clientapps.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.application.port.in.AppPrecondition;
import dev.clientapps.application.service.InMemoryApps.SetFlagCall;
import dev.clientapps.domain.app.AppChanges;
import dev.clientapps.domain.app.AppFlag;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppSelection;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.BulkOutcome;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FieldChange;
import dev.clientapps.domain.app.FlagChange;
import dev.clientapps.domain.app.LicenseCount;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.Origin;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.Patch;
import dev.clientapps.domain.shared.PreconditionFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppServiceTest {

    private final TestClock clock = new TestClock();
    private final InMemoryApps apps = new InMemoryApps();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final AppService service = new AppService(apps, apps, apps, audit, new Now(clock));
    private final ClientId client = ClientId.random();
    private final Origin origin = new Origin("alice", "req-1");

    @Test
    void getOfAnUnknownAppIsNotFound() {
        AppId unknown = AppId.random();

        assertThatThrownBy(() -> service.get(client, unknown)).satisfies(e -> assertAppNotFound(e, unknown));
    }

    @Test
    void getOfAnotherClientsAppIsNotFound() {
        ClientApp theirs = apps.hold(ClientId.random(), Catalog.app("Slack"), AppState.INITIAL);

        assertThatThrownBy(() -> service.get(client, theirs.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void updateOfAnUnknownAppIsNotFound() {
        AppId unknown = AppId.random();

        assertThatThrownBy(() -> service.update(client, unknown, favorite(true), AppPrecondition.NONE, origin))
                .satisfies(e -> assertAppNotFound(e, unknown));
        assertThat(apps.savedStates).isEmpty();
    }

    @Test
    void noOpUpdateReturnsTheAppAsItWasWithoutSaving() {
        ClientApp app = apps.hold(client, Catalog.app("Slack"), new AppState(true, false, null));

        ClientApp result = service.update(client, app.id(), favorite(true), AppPrecondition.NONE, origin);

        assertThat(result).isEqualTo(app);
        assertThat(result.updatedAt()).isEqualTo(app.updatedAt());
        assertThat(apps.savedStates).isEmpty();
        assertThat(audit.events).isEmpty();
    }

    @Test
    void realUpdateSavesTheNewStateStampedWithNow() {
        ClientApp app = apps.hold(client, Catalog.app("Slack"), AppState.INITIAL);
        AppChanges changes = new AppChanges(Patch.absent(), Patch.of(true), Patch.of(new LicenseCount(7)));

        ClientApp result = service.update(client, app.id(), changes, AppPrecondition.NONE, origin);

        assertThat(result.state()).isEqualTo(new AppState(false, true, new LicenseCount(7)));
        assertThat(result.updatedAt()).isEqualTo(clock.now());
        assertThat(apps.savedStates).containsExactly(result);
        assertThat(apps.stored(app.id())).contains(result);
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.UPDATED);
            assertThat(event.appId()).isEqualTo(app.id());
            assertThat(event.actor()).isEqualTo("alice");
            assertThat(event.requestId()).isEqualTo("req-1");
            assertThat(event.occurredAt()).isEqualTo(result.updatedAt());
            assertThat(event.changes()).containsExactly(
                    new FieldChange("is_approved", false, true), new FieldChange("license_count", null, 7));
        });
    }

    @Test
    void updateWhosePreconditionFailsChangesAndRecordsNothing() {
        ClientApp app = apps.hold(client, Catalog.app("Slack"), AppState.INITIAL);
        List<ClientApp> seen = new ArrayList<>();

        assertThatThrownBy(() -> service.update(client, app.id(), favorite(true), current -> seen.add(current) && false,
                origin)).isInstanceOf(PreconditionFailed.class);
        assertThat(seen).containsExactly(app);
        assertThat(apps.savedStates).isEmpty();
        assertThat(audit.events).isEmpty();
    }

    @Test
    void updateOfASingleFlagIsRecordedUnderThatFlagsAction() {
        ClientApp app = apps.hold(client, Catalog.app("Slack"), AppState.INITIAL);

        service.update(client, app.id(), favorite(true), AppPrecondition.NONE, origin);

        assertThat(audit.events).extracting(AuditEvent::action).containsExactly(AuditAction.FAVORITED);
    }

    @Test
    void applyToAllWritesOnlyTheAppsWhoseStateChangesInOneCallAndReportsUnknownIds() {
        ClientApp alreadyFavorite = apps.hold(client, Catalog.app("Slack"), new AppState(true, false, null));
        ClientApp notYet = apps.hold(client, Catalog.app("Zoom"), AppState.INITIAL);
        ClientApp alsoNotYet = apps.hold(client, Catalog.app("Jira"), AppState.INITIAL);
        ClientApp otherClients = apps.hold(ClientId.random(), Catalog.app("Figma"), AppState.INITIAL);
        AppId unknown = AppId.random();
        AppSelection selection = new AppSelection(List.of(
                notYet.id(), unknown, alreadyFavorite.id(), otherClients.id(), alsoNotYet.id(), notYet.id()));

        BulkOutcome outcome = service.applyToAll(client, selection, new FlagChange(AppFlag.FAVORITE, true), origin);

        assertThat(outcome.succeeded()).containsExactly(notYet.id(), alreadyFavorite.id(), alsoNotYet.id());
        assertThat(outcome.notFound()).containsExactly(unknown, otherClients.id());
        assertThat(outcome.changed()).containsExactly(notYet.id(), alsoNotYet.id());
        assertThat(apps.setFlagCalls).containsExactly(new SetFlagCall(
                client, List.of(notYet.id(), alsoNotYet.id()), AppFlag.FAVORITE, true, clock.now()));
        assertThat(apps.stored(alreadyFavorite.id())).contains(alreadyFavorite);
        assertThat(apps.stored(otherClients.id())).contains(otherClients);
        assertThat(audit.recordCalls).isEqualTo(1);
        assertThat(audit.events).extracting(AuditEvent::appId).containsExactly(notYet.id(), alsoNotYet.id());
        assertThat(audit.events).allSatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.FAVORITED);
            assertThat(event.changes()).containsExactly(new FieldChange("is_favorite", false, true));
            assertThat(event.clientId()).isEqualTo(client);
        });
    }

    @Test
    void eventsAreRecordedBeforeTheRowsAreWrittenSoTheCounterRowLockIsHeldLast() {
        audit.rowWrites = () -> apps.savedStates.size() + apps.setFlagCalls.size();
        ClientApp patched = apps.hold(client, Catalog.app("Slack"), AppState.INITIAL);
        ClientApp bulk = apps.hold(client, Catalog.app("Zoom"), AppState.INITIAL);

        service.update(client, patched.id(), favorite(true), AppPrecondition.NONE, origin);
        assertThat(apps.savedStates).hasSize(1);
        service.applyToAll(client, new AppSelection(List.of(bulk.id())), new FlagChange(AppFlag.FAVORITE, true),
                origin);
        assertThat(apps.setFlagCalls).hasSize(1);

        assertThat(audit.rowWritesAtRecord).as("rows written when each record call came").containsExactly(0, 1);
    }

    @Test
    void applyToAllWritesNothingWhenEveryAppIsAlreadyInTheRequestedState() {
        ClientApp approved = apps.hold(client, Catalog.app("Slack"), new AppState(false, true, null));
        AppSelection selection = new AppSelection(List.of(approved.id(), AppId.random()));

        BulkOutcome outcome = service.applyToAll(client, selection, new FlagChange(AppFlag.APPROVED, true), origin);

        assertThat(outcome.succeeded()).containsExactly(approved.id());
        assertThat(outcome.changed()).isEmpty();
        assertThat(apps.setFlagCalls).isEmpty();
        assertThat(audit.recordCalls).isZero();
    }

    private static AppChanges favorite(boolean value) {
        return new AppChanges(Patch.of(value), Patch.absent(), Patch.absent());
    }

    private static void assertAppNotFound(Throwable thrown, AppId id) {
        assertThat(thrown).isInstanceOf(NotFound.class).hasMessage("App not found");
        assertThat(((NotFound) thrown).details()).isEqualTo(Map.of("app_id", id.toString()));
    }
}
