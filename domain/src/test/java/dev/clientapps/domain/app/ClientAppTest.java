package dev.clientapps.domain.app;

import static dev.clientapps.domain.catalog.CatalogAppBuilder.aCatalogApp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.shared.Patch;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientAppTest {

    private static final Instant ADDED = Instant.parse("2024-01-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2024-02-01T10:00:00Z");

    private final AppState approvedWithThree = new AppState(false, true, new LicenseCount(3));
    private final ClientApp app = ClientApp.add(ClientId.random(), aCatalogApp().build(), approvedWithThree, ADDED);

    @Test
    void addStartsWithBothTimestampsAtNow() {
        assertThat(app.createdAt()).isEqualTo(ADDED);
        assertThat(app.updatedAt()).isEqualTo(ADDED);
    }

    @Test
    void noOpUpdateReturnsTheSameAppWithTheSameUpdatedAtAndNoChanges() {
        AppChanges restated = changes(Patch.of(false), Patch.of(true), Patch.of(new LicenseCount(3)));

        ClientApp.Update update = app.update(restated, NOW);

        assertThat(update.app()).isSameAs(app);
        assertThat(update.app().updatedAt()).isEqualTo(ADDED);
        assertThat(update.changes()).isEmpty();
        assertThat(update.changed()).isFalse();
    }

    @Test
    void emptyUpdateIsANoOp() {
        assertThat(app.update(AppChanges.NONE, NOW).app()).isSameAs(app);
    }

    @Test
    void realChangeMovesUpdatedAtToNowAndListsExactlyTheChangedFields() {
        AppChanges changes = changes(Patch.of(true), Patch.of(true), Patch.of(new LicenseCount(10)));

        ClientApp.Update update = app.update(changes, NOW);

        assertThat(update.changed()).isTrue();
        assertThat(update.changes()).containsExactly(
                new FieldChange("is_favorite", false, true),
                new FieldChange("license_count", 3, 10));
        assertThat(update.app().updatedAt()).isEqualTo(NOW);
        assertThat(update.app().createdAt()).isEqualTo(ADDED);
        assertThat(update.app().id()).isEqualTo(app.id());
        assertThat(update.app().state()).isEqualTo(new AppState(true, true, new LicenseCount(10)));
    }

    @Test
    void settingTheLicenseCountToNullIsListedAsAChangeToNull() {
        ClientApp.Update update = app.update(changes(Patch.absent(), Patch.absent(), Patch.of(null)), NOW);

        assertThat(update.changes()).containsExactly(new FieldChange("license_count", 3, null));
        assertThat(update.app().state().licenseCount()).isNull();
        assertThat(update.app().updatedAt()).isEqualTo(NOW);
    }

    private static AppChanges changes(Patch<Boolean> favorite, Patch<Boolean> approved, Patch<LicenseCount> count) {
        return new AppChanges(favorite, approved, count);
    }

    @Test
    void additionAndRemovalDescribeEveryHeldFieldAgainstNothing() {
        String catalogAppId = app.catalogApp().id().toString();

        assertThat(app.asAdded()).containsExactly(
                new FieldChange("catalog_app_id", null, catalogAppId),
                new FieldChange("is_favorite", null, false),
                new FieldChange("is_approved", null, true),
                new FieldChange("license_count", null, 3));
        assertThat(app.asRemoved()).containsExactly(
                new FieldChange("catalog_app_id", catalogAppId, null),
                new FieldChange("is_favorite", false, null),
                new FieldChange("is_approved", true, null),
                new FieldChange("license_count", 3, null));
    }
}
