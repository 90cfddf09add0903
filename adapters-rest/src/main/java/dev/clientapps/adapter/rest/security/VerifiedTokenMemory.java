package dev.clientapps.adapter.rest.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens that passed full verification (signature, issuer, expiry) until
 * they expire, so a caller sending the same token on every request pays for the RS256 check
 * once, not on every request (it was about a tenth of a list request's CPU time).
 * <p>
 * What keeps this as strict as verifying every time: the key is the whole token text, so any
 * change to it is a different key and gets the full check; only tokens that passed are kept,
 * never a failure; a token is refused from the millisecond its {@code exp} is reached, whether
 * kept or just verified (smallrye-jwt's verifier allows 60 s of clock-skew leeway past
 * {@code exp}, and {@code mp.jwt.verify.clock.skew} cannot be set below one second; CONTRACT §7
 * says expired is 401); and the memory is bounded ({@value #MAX_TOKENS} tokens, forgotten all at
 * once when full). A JWT cannot be revoked before its expiry whether or not it is remembered, and
 * the verification key only changes with a restart, which forgets everything.
 */
final class VerifiedTokenMemory {

    static final int MAX_TOKENS = 1024;

    private final Clock clock;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    VerifiedTokenMemory(Clock clock) {
        this.clock = clock;
    }

    /**
     * The remembered token for this text while unexpired, else what {@code verifier} makes of it,
     * refused when its {@code exp} has passed even if the verifier's leeway let it through.
     */
    JsonWebToken parse(String bearerToken, JWTParser verifier) throws ParseException {
        JsonWebToken known = verified.get(bearerToken);
        if (known != null && unexpired(known)) {
            return known;
        }
        if (known != null) {
            verified.remove(bearerToken, known);
        }
        JsonWebToken token = verifier.parse(bearerToken);
        Long expiresAt = expiresAt(token);
        if (expiresAt == null) {
            return token; // never remembered (the verifier requires an exp anyway)
        }
        if (clock.millis() >= expiresAt) {
            throw new ParseException("The token has expired");
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(bearerToken, token);
        return token;
    }

    /** Whether the token's {@code exp} is still ahead (every kept token has one). */
    private boolean unexpired(JsonWebToken token) {
        Long expiresAt = expiresAt(token);
        return expiresAt != null && clock.millis() < expiresAt;
    }

    /** {@code exp} in epoch milliseconds, or null without one. */
    private static Long expiresAt(JsonWebToken token) {
        return token.getClaim(Claims.exp.name()) instanceof Number seconds ? seconds.longValue() * 1000 : null;
    }
}
