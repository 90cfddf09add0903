package dev.clientapps.domain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagChangeTest {

    private final AppId favourite = AppId.random();
    private final AppId plain = AppId.random();
    private final AppId other = AppId.random();
    private final AppId unknown1 = AppId.random();
    private final AppId unknown2 = AppId.random();

    private final Map<AppId, AppState> held = Map.of(
            favourite, new AppState(true, false, null),
            plain, AppState.INITIAL,
            other, AppState.INITIAL);

    @Test
    void decideKeepsRequestOrderAndReportsUnknownIdsAsNotFound() {
        AppSelection selection = new AppSelection(List.of(other, unknown1, favourite, plain, unknown2));

        BulkOutcome outcome = new FlagChange(AppFlag.FAVORITE, true).decide(selection, held);

        assertThat(outcome.succeeded()).containsExactly(other, favourite, plain);
        assertThat(outcome.notFound()).containsExactly(unknown1, unknown2);
        assertThat(outcome.changed()).containsExactly(other, plain);
    }

    @Test
    void appsAlreadyInTheRequestedStateSucceedWithoutChanging() {
        AppSelection selection = new AppSelection(List.of(favourite, plain));

        BulkOutcome outcome = new FlagChange(AppFlag.APPROVED, false).decide(selection, held);

        assertThat(outcome.succeeded()).containsExactly(favourite, plain);
        assertThat(outcome.notFound()).isEmpty();
        assertThat(outcome.changed()).isEmpty();
    }

    @Test
    void onlyTheNamedFlagDecidesWhetherAnAppChanges() {
        AppSelection selection = new AppSelection(List.of(favourite, plain));

        BulkOutcome outcome = new FlagChange(AppFlag.FAVORITE, false).decide(selection, held);

        assertThat(outcome.changed()).containsExactly(favourite);
        assertThat(outcome.changes()).containsExactly(
                Map.entry(favourite, List.of(new FieldChange("is_favorite", true, false))));
    }
}
