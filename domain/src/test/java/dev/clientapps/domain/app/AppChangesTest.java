package dev.clientapps.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.InvalidValue;
import dev.clientapps.domain.shared.Patch;
import org.junit.jupiter.api.Test;

class AppChangesTest {

    @Test
    void favoriteSetToNullIsRefusedNamingIsFavorite() {
        assertThatThrownBy(() -> new AppChanges(Patch.of(null), Patch.absent(), Patch.absent()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("is_favorite"));
    }

    @Test
    void approvedSetToNullIsRefusedNamingIsApproved() {
        assertThatThrownBy(() -> new AppChanges(Patch.absent(), Patch.of(null), Patch.absent()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("is_approved"));
    }

    @Test
    void licenseCountMayBeSetToNullAndFlagsMayBeAbsentOrSet() {
        AppChanges changes = new AppChanges(Patch.of(false), Patch.absent(), Patch.of(null));

        assertThat(changes.favorite()).isEqualTo(Patch.of(false));
        assertThat(changes.approved().isPresent()).isFalse();
        assertThat(changes.licenseCount()).isEqualTo(Patch.of(null));
    }
}
