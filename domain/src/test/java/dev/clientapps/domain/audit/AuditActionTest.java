package dev.clientapps.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.app.FieldChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditActionTest {

    @Test
    void aChangeOfExactlyOneFlagIsNamedAfterTheFlagAndItsNewValue() {
        assertThat(AuditAction.ofChanges(List.of(new FieldChange("is_favorite", false, true))))
                .isEqualTo(AuditAction.FAVORITED);
        assertThat(AuditAction.ofChanges(List.of(new FieldChange("is_favorite", true, false))))
                .isEqualTo(AuditAction.UNFAVORITED);
        assertThat(AuditAction.ofChanges(List.of(new FieldChange("is_approved", false, true))))
                .isEqualTo(AuditAction.APPROVED);
        assertThat(AuditAction.ofChanges(List.of(new FieldChange("is_approved", true, false))))
                .isEqualTo(AuditAction.REJECTED);
    }

    @Test
    void aLicenseChangeOrSeveralChangesAreAnUpdate() {
        assertThat(AuditAction.ofChanges(List.of(new FieldChange("license_count", null, 5))))
                .isEqualTo(AuditAction.UPDATED);
        assertThat(AuditAction.ofChanges(List.of(
                new FieldChange("is_favorite", false, true), new FieldChange("is_approved", false, true))))
                .isEqualTo(AuditAction.UPDATED);
    }

    @Test
    void nothingChangedIsNoEvent() {
        assertThatThrownBy(() -> AuditAction.ofChanges(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apiNamesRoundTrip() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditAction.byApiName(action.apiName())).contains(action);
        }
        assertThat(AuditAction.byApiName("APP.ADDED")).isEmpty();
    }
}
