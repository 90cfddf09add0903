package dev.clientapps.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    @Test
    void canonicalFormParses() {
        assertThat(Uuids.parse("a1b2c3d4-e5f6-7890-abcd-ef1234567890"))
                .contains(UUID.fromString("a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
    }

    @Test
    void upperCaseParsesToTheSameUuid() {
        assertThat(Uuids.parse("A1B2C3D4-E5F6-7890-ABCD-EF1234567890"))
                .contains(UUID.fromString("a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "g2b3c4d5-e6f7-8901-bcde-f12345678901",
        "1-1-1-1-1",
        "a1b2c3d4e5f67890abcdef1234567890",
        "{a1b2c3d4-e5f6-7890-abcd-ef1234567890}",
        " a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "a1b2c3d4-e5f6-7890-abcd-ef12345678901"
    })
    void anythingButTheCanonicalFormIsRejected(String text) {
        assertThat(Uuids.parse(text)).isEmpty();
    }
}
