package dev.clientapps.domain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.domain.shared.Patch;
import org.junit.jupiter.api.Test;

class AppStateTest {

    private static final AppState TRACKED = new AppState(true, false, new LicenseCount(5));

    @Test
    void changesToAnEqualStateAreEmpty() {
        assertThat(TRACKED.changesTo(new AppState(true, false, new LicenseCount(5)))).isEmpty();
        assertThat(AppState.INITIAL.changesTo(AppState.INITIAL)).isEmpty();
    }

    @Test
    void changesToListEveryDifferingFieldByApiNameWithPlainValues() {
        AppState after = new AppState(true, true, new LicenseCount(5));

        assertThat(AppState.INITIAL.changesTo(after)).containsExactly(
                new FieldChange("is_favorite", false, true),
                new FieldChange("is_approved", false, true),
                new FieldChange("license_count", null, 5));
    }

    @Test
    void changesToListOnlyTheFieldsThatDiffer() {
        assertThat(TRACKED.changesTo(new AppState(true, false, new LicenseCount(6))))
                .containsExactly(new FieldChange("license_count", 5, 6));
    }

    @Test
    void clearingTheLicenseCountIsAChangeToNull() {
        assertThat(TRACKED.changesTo(new AppState(true, false, null)))
                .containsExactly(new FieldChange("license_count", 5, null));
    }

    @Test
    void applyTakesPresentFieldsAndKeepsAbsentOnes() {
        AppChanges changes = new AppChanges(Patch.absent(), Patch.of(true), Patch.absent());

        assertThat(TRACKED.apply(changes)).isEqualTo(new AppState(true, true, new LicenseCount(5)));
    }

    @Test
    void applyCanClearTheLicenseCount() {
        AppChanges clear = new AppChanges(Patch.absent(), Patch.absent(), Patch.of(null));

        assertThat(TRACKED.apply(clear).licenseCount()).isNull();
    }

    @Test
    void applyingNoChangesGivesAnEqualState() {
        assertThat(TRACKED.apply(AppChanges.NONE)).isEqualTo(TRACKED);
    }

    @Test
    void withSetsOnlyTheNamedFlag() {
        AppState approved = TRACKED.with(AppFlag.APPROVED, true);

        assertThat(approved.flag(AppFlag.APPROVED)).isTrue();
        assertThat(approved.flag(AppFlag.FAVORITE)).isTrue();
        assertThat(approved.licenseCount()).isEqualTo(new LicenseCount(5));
    }
}
