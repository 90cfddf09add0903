package dev.clientapps.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://slack.com", "http://example.com/logo.png?size=2", "HTTPS://EXAMPLE.COM/"})
    void absoluteHttpAndHttpsAddressesAreKeptAsGiven(String address) {
        assertThat(WebAddress.optional("url", address)).isEqualTo(address);
    }

    @Test
    void absentAddressStaysAbsent() {
        assertThat(WebAddress.optional("url", null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "slack.com", "/logo.png", "//slack.com", "ftp://slack.com", "mailto:a@slack.com",
        "http://", "https://exa mple.com", "javascript:alert(1)"
    })
    void anythingButAnAbsoluteHttpAddressIsRefusedNamingTheField(String address) {
        assertThatThrownBy(() -> WebAddress.optional("logo", address))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("logo"));
    }

    @Test
    void addressesLongerThanTheMaximumAreRefused() {
        String prefix = "https://example.com/";
        String atMax = prefix + "a".repeat(WebAddress.MAX - prefix.length());

        assertThat(WebAddress.optional("url", atMax)).isEqualTo(atMax);
        assertThatThrownBy(() -> WebAddress.optional("url", atMax + "a"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://cdn.example.com/logos/31605.png", "http://a", "HTTPS://Example.COM/", "https://x-y.example.com?size=2&f=png",
        "http://example.com/a_b~c.d/"
    })
    void theShortcutTakesTheUsualShapes(String address) {
        assertThat(WebAddress.plainHttp(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com:8080/", "https://user@example.com", "https://1.2.3.4/", "https://example.com./",
        "https://-a.com", "https://a-.com", "https://a..com", "https://a.1com/", "https://example.com/%20",
        "https://example.com#top", "https://exa mple.com", " https://example.com", "https://example.com/é"
    })
    void everyOtherShapeIsLeftToTheFullParse(String address) {
        assertThat(WebAddress.plainHttp(address)).isFalse();
    }

    @Test
    void theShortcutAcceptsOnlyWhatTheFullParseAccepts() {
        Random random = new Random(20261201);
        String[] starts = {"http://", "https://", "HTTP://", "hTtPs://", "http:/", "ftp://", "https:", ""};
        String alphabet = "abcXYZ019-._~/?=&:@#%[] é";
        int shortcuts = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder address = new StringBuilder(starts[random.nextInt(starts.length)]);
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                // letters and dots most of the time, so many candidates are well-formed host names
                address.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : "ab.c".charAt(random.nextInt(4)));
            }
            String candidate = address.toString();
            if (WebAddress.plainHttp(candidate)) {
                shortcuts++;
                assertThat(WebAddress.parsesAsHttp(candidate)).as(candidate).isTrue();
            }
        }
        assertThat(shortcuts).as("candidates the shortcut took").isGreaterThan(10_000);
    }
}
