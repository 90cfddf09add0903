package dev.clientapps.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
