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
 * never a failure; a kept token is refused from the second its {@code exp} is reached (the
 * verifier itself would allow no more); and the memory is bounded ({@value #MAX_TOKENS}
 * tokens, forgotten all at once when full). A JWT cannot be revoked before its expiry whether
 * or not it is remembered, and the verification key only changes with a restart, which
 * forgets everything.
 */
final class VerifiedTokenMemory {

    static final int MAX_TOKENS = 1024;

    private final Clock clock;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    VerifiedTokenMemory(Clock clock) {
        this.clock = clock;
    }

    /** The remembered token for this text while unexpired, else what {@code verifier} makes of it. */
    JsonWebToken parse(String bearerToken, JWTParser verifier) throws ParseException {
        JsonWebToken known = verified.get(bearerToken);
        if (known != null && unexpired(known)) {
            return known;
        }
        if (known != null) {
            verified.remove(bearerToken, known);
        }
        JsonWebToken token = verifier.parse(bearerToken);
        if (unexpired(token)) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(bearerToken, token);
        }
        return token;
    }

    /** A token without {@code exp} is never remembered (the verifier requires one anyway). */
    private boolean unexpired(JsonWebToken token) {
        Object expiresAt = token.getClaim(Claims.exp.name());
        return expiresAt instanceof Number seconds && clock.millis() < seconds.longValue() * 1000;
    }
}
