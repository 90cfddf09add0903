package dev.clientapps.adapter.rest.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
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
@Decorator
@Priority(1)
public class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 1024;

    private final JWTParser verifier;
    private final Clock clock;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(@Delegate JWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
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

    // Everything else is passed through as it is: only parse(token) with the configured
    // verification is what the bearer-token mechanism calls on every request.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
