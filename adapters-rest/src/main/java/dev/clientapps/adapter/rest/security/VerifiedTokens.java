package dev.clientapps.adapter.rest.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts {@link VerifiedTokenMemory} in front of smallrye-jwt's parser for the one call the
 * bearer-token mechanism makes on every request, {@code parse(token)} with the configured
 * verification. Every other method of the parser is not declared here, so CDI passes it
 * through to the parser unchanged.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokens implements JWTParser {

    private final VerifiedTokenMemory memory = new VerifiedTokenMemory(Clock.systemUTC());

    @Inject
    @Delegate
    JWTParser verifier;

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return memory.parse(bearerToken, verifier);
    }
}
