package dev.clientapps.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.DomainException;
import dev.clientapps.domain.shared.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseCountTest {

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativeCountIsRefusedAsInvalidLicenseCount(int value) {
        assertThatThrownBy(() -> new LicenseCount(value))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("license_count");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("license_count");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, Integer.MAX_VALUE})
    void zeroUpToTheLargestIntIsAccepted(int value) {
        assertThat(new LicenseCount(value).value()).isEqualTo(value);
    }
}
