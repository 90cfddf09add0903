package dev.clientapps.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokenMemoryTest {

    private static final long EXP = 1_900_000_000L;

    /** Accepts tokens named "good…" (expiring at EXP), refuses the rest; counts its calls. */
    private static final class Verifier extends DefaultJWTParser {
        final Map<String, Integer> calls = new HashMap<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            if (!token.startsWith("good")) {
                throw new ParseException("refused: " + token);
            }
            return new Token(token, token.startsWith("good-noexp") ? 0 : EXP);
        }
    }

    private record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "exp".equals(claim) && exp > 0 ? (T) Long.valueOf(exp) : null;
        }
    }

    private final Verifier verifier = new Verifier();
    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(EXP - 60));
    private final VerifiedTokenMemory memory = new VerifiedTokenMemory(clock);

    @Test
    void aTokenThatPassedIsVerifiedOnceUntilItExpires() throws Exception {
        JsonWebToken first = memory.parse("good-a", verifier);
        assertThat(memory.parse("good-a", verifier)).isSameAs(first);
        assertThat(memory.parse("good-a", verifier)).isSameAs(first);
        assertThat(verifier.calls).containsEntry("good-a", 1);

        clock.now = Instant.ofEpochSecond(EXP).minusMillis(1);
        memory.parse("good-a", verifier);
        assertThat(verifier.calls).containsEntry("good-a", 1);

        clock.now = Instant.ofEpochSecond(EXP);
        assertThatThrownBy(() -> memory.parse("good-a", verifier)).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).as("from its exp on, it is verified again").containsEntry("good-a", 2);
    }

    @Test
    void aTokenPastItsExpIsRefusedEvenWhenTheVerifiersLeewayLetsItThrough() throws Exception {
        clock.now = Instant.ofEpochSecond(EXP).plusSeconds(3);
        // this verifier, like smallrye-jwt's within its 60 s of clock skew, accepts the token
        assertThatThrownBy(() -> memory.parse("good-b", verifier)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> memory.parse("good-b", verifier)).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).as("never remembered").containsEntry("good-b", 2);
    }

    @Test
    void aRefusalIsNeverRemembered() {
        assertThatThrownBy(() -> memory.parse("bad", verifier)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> memory.parse("bad", verifier)).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).containsEntry("bad", 2);
    }

    @Test
    void anyOtherTextIsAnotherTokenAndATokenWithoutExpiryIsNotRemembered() throws Exception {
        memory.parse("good-a", verifier);
        memory.parse("good-a ", verifier);
        memory.parse("good-noexp", verifier);
        memory.parse("good-noexp", verifier);
        assertThat(verifier.calls).containsEntry("good-a", 1).containsEntry("good-a ", 1).containsEntry("good-noexp", 2);
    }

    @Test
    void memoryIsBounded() throws Exception {
        memory.parse("good-0", verifier);
        for (int i = 1; i <= VerifiedTokenMemory.MAX_TOKENS; i++) {
            memory.parse("good-" + i, verifier);
        }
        memory.parse("good-0", verifier);
        assertThat(verifier.calls).as("forgotten when the memory filled up").containsEntry("good-0", 2);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
