package dev.clientapps.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.InvalidValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AppSelectionTest {

    @Test
    void emptyOrMissingSelectionIsRefusedNamingAppIds() {
        assertRefused(List.of());
        assertRefused(null);
    }

    @Test
    void moreThanAThousandIdsAreRefusedAndExactlyAThousandAccepted() {
        assertRefused(randomIds(AppSelection.MAX + 1));
        assertThat(new AppSelection(randomIds(AppSelection.MAX)).ids()).hasSize(AppSelection.MAX);
    }

    @Test
    void duplicatesCollapseToTheirFirstOccurrenceKeepingRequestOrder() {
        AppId a = AppId.random();
        AppId b = AppId.random();
        AppId c = AppId.random();

        AppSelection selection = new AppSelection(List.of(b, a, b, c, a));

        assertThat(selection.ids()).containsExactly(b, a, c);
    }

    private static List<AppId> randomIds(int count) {
        return Stream.generate(AppId::random).limit(count).toList();
    }

    private static void assertRefused(List<AppId> ids) {
        assertThatThrownBy(() -> new AppSelection(ids))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("app_ids"));
    }
}
