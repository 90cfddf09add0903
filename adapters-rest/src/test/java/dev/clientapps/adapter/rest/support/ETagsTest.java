package dev.clientapps.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ETagsTest {

    private final String tag = ETags.of("{\"id\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTagIsAQuotedDigestThatFollowsTheBytes() {
        assertThat(tag).matches("\"[A-Za-z0-9_-]{24}\"");
        assertThat(ETags.of("{\"id\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
        assertThat(ETags.of("{\"id\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
    }

    @Test
    void aTagIsTheFirst144BitsOfTheSha256OfTheBytesInBase64Url() throws Exception {
        for (String body : new String[] {"", "{\"id\":1}", "x".repeat(10_000)}) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String expected = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
            assertThat(ETags.of(bytes)).isEqualTo(expected);
            assertThat(ETags.of(bytes)).isEqualTo(expected);
        }
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndTheWildcard() {
        assertThat(ETags.noneMatchHits(tag, tag)).isTrue();
        assertThat(ETags.noneMatchHits("W/" + tag, tag)).isTrue();
        assertThat(ETags.noneMatchHits("\"a\", " + tag, tag)).isTrue();
        assertThat(ETags.noneMatchHits("*", tag)).isTrue();
        assertThat(ETags.noneMatchHits("\"a\"", tag)).isFalse();
        assertThat(ETags.noneMatchHits(null, tag)).isFalse();
    }

    @Test
    void ifMatchComparesStronglySoWeakOrMalformedTagsNeverMatch() {
        assertThat(ETags.matchHolds(tag, tag)).isTrue();
        assertThat(ETags.matchHolds("\"a\" ,  " + tag, tag)).isTrue();
        assertThat(ETags.matchHolds("*", tag)).isTrue();
        assertThat(ETags.matchHolds("W/" + tag, tag)).isFalse();
        assertThat(ETags.matchHolds(tag.replace("\"", ""), tag)).isFalse();
        assertThat(ETags.matchHolds(tag + " junk", tag)).isFalse();
        assertThat(ETags.matchHolds("\"unterminated", tag)).isFalse();
        assertThat(ETags.matchHolds("", tag)).isFalse();
    }
}
