package dev.clientapps.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.adapter.rest.error.ApiException;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The Caller kept per token text is used only while verification yields the very token object it was read from. */
class BearerTokensCallerTest {

    /** Hands out one token object per text until told to re-verify it (a new object) or to refuse it. */
    private static final class Verifier extends DefaultJWTParser {
        final Map<String, JsonWebToken> current = new HashMap<>();
        final Map<String, List<String>> clients = new HashMap<>();
        final Set<String> refused = new java.util.HashSet<>();

        @Override
        public JsonWebToken parse(String text) throws ParseException {
            if (refused.contains(text)) {
                throw new ParseException("expired: " + text);
            }
            return current.computeIfAbsent(text, t -> new Token(t, clients.getOrDefault(t, List.of())));
        }
    }

    private record Token(String name, List<String> clients) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "clients", "scope");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return switch (claim) {
                case "sub" -> (T) name;
                case "clients" -> (T) clients;
                case "scope" -> (T) "apps:read";
                default -> null;
            };
        }
    }

    private final Verifier verifier = new Verifier();
    private final BearerTokens tokens = new BearerTokens(new JWTAuthContextInfo(), verifier);

    @Test
    void theSameVerifiedTokenGivesTheSameCaller() {
        verifier.clients.put("t1", List.of("c1"));
        Caller first = tokens.caller("t1");
        assertThat(tokens.caller("t1")).isSameAs(first);
        assertThat(first.mayActOn("c1")).isTrue();
    }

    @Test
    void eachTokenTextGetsOnlyItsOwnCaller() {
        verifier.clients.put("t1", List.of("c1"));
        verifier.clients.put("t2", List.of("c2"));
        for (int i = 0; i < 3; i++) {
            assertThat(tokens.caller("t1").mayActOn("c2")).isFalse();
            assertThat(tokens.caller("t2").mayActOn("c1")).isFalse();
            assertThat(tokens.caller("t2").mayActOn("c2")).isTrue();
        }
    }

    @Test
    void aTokenVerifiedAnewIsReadAnew() {
        verifier.clients.put("t1", List.of("c1"));
        Caller first = tokens.caller("t1");
        verifier.current.remove("t1");
        verifier.clients.put("t1", List.of("c9"));
        Caller second = tokens.caller("t1");
        assertThat(second).isNotSameAs(first);
        assertThat(second.mayActOn("c9")).isTrue();
        assertThat(second.mayActOn("c1")).isFalse();
    }

    @Test
    void aKeptCallerDoesNotOutliveItsTokensVerification() {
        tokens.caller("t1");
        verifier.refused.add("t1");
        assertThatThrownBy(() -> tokens.caller("t1")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(401));
    }
}
