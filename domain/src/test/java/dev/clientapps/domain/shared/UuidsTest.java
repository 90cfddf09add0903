package dev.clientapps.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
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
        "a1b2c3d4-e5f6-7890-abcd-ef12345678901",
        "a1b2c3d4-e5f6-7890-abcd-ef123456789",
        "a1b2c3d4-e5f6-7890-abcd-ef123456789g",
        "a1b2c3d4-e5f6-7890-abcd_ef1234567890",
        "a1b2c3d4e-5f6-7890-abcd-ef1234567890",
        "a1b2c3d4-e5f6-7890-abcd-ef123456789٠",
        "a1b2c3d4-e5f6-7890-abcd-ef12345678００",
        "+1b2c3d4-e5f6-7890-abcd-ef1234567890"
    })
    void anythingButTheCanonicalFormIsRejected(String text) {
        assertThat(Uuids.parse(text)).isEmpty();
    }

    @Test
    void agreesWithTheCanonicalPatternOnGeneratedText() {
        Pattern canonical =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        Random random = new Random(20261201L);
        String alphabet = "0123456789abcdefABCDEF-gG ";
        int valid = 0;
        for (int i = 0; i < 100_000; i++) {
            char[] text = UUID.randomUUID().toString().toCharArray();
            for (int flips = random.nextInt(3); flips > 0; flips--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String candidate = new String(text);
            boolean expected = canonical.matcher(candidate).matches();
            valid += expected ? 1 : 0;
            assertThat(Uuids.parse(candidate).isPresent()).as(candidate).isEqualTo(expected);
        }
        assertThat(valid).isBetween(10_000, 90_000);
    }
}
