package dev.clientapps.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void scopesAreTheWordsBetweenWhitespaceRuns() {
        assertThat(Caller.split("apps:read apps:write")).containsExactlyInAnyOrder("apps:read", "apps:write");
        assertThat(Caller.split("  apps:read\t\n apps:read\u000B\fapps:write\r")).containsExactlyInAnyOrder("apps:read", "apps:write");
        assertThat(Caller.split("")).isEmpty();
        assertThat(Caller.split(" \t ")).isEmpty();
    }

    @Test
    void splitsExactlyAsTrimThenTheWhitespacePatternDid() {
        Random random = new Random(20261201L);
        String alphabet = "ab: \t\n\u000B\f\r\u0001\u00A0\u2003";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Set<String> expected = new HashSet<>(Arrays.asList(text.toString().trim().split("\\s+")));
            expected.remove("");
            assertThat(Caller.split(text.toString())).as("%s", text).isEqualTo(expected);
        }
    }
}
