package dev.clientapps.bootstrap;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * In the production profile the service refuses to run without a token verification key or an
 * expected issuer, and refuses the development key that ships with the repository: each would
 * let nobody, or the wrong people, in.
 */
@ApplicationScoped
public class VerificationKeyGuard {

    private static final Logger LOG = Logger.getLogger(VerificationKeyGuard.class);
    static final String DEV_KEY_MARKER = "DEV-ONLY";

    /**
     * Runs as soon as the CDI container is up, before Flyway migrates and before the HTTP server
     * opens, so a misconfigured deployment neither touches the database nor serves a request.
     */
    void check(@Observes @Initialized(ApplicationScoped.class) Object event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Optional<String> problem = problem(
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class),
                config.getOptionalValue("mp.jwt.verify.issuer", String.class));
        problem.ifPresent(reason -> {
            LOG.error("Refusing to start: " + reason);
            Quarkus.asyncExit(1);
            throw new IllegalStateException(reason);
        });
    }

    static Optional<String> problem(Optional<String> keyLocation, Optional<String> inlineKey, Optional<String> issuer) {
        boolean location = keyLocation.filter(s -> !s.isBlank()).isPresent();
        boolean inline = inlineKey.filter(s -> !s.isBlank()).isPresent();
        if (!location && !inline) {
            return Optional.of("no token verification key configured; set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "(PEM file or JWKS URL) and MP_JWT_VERIFY_ISSUER");
        }
        if (location && keyLocation.get().contains(DEV_KEY_MARKER)) {
            return Optional.of("the development verification key must not be used in production; "
                    + "set MP_JWT_VERIFY_PUBLICKEY_LOCATION to your identity provider's key");
        }
        if (issuer.filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.of("no token issuer configured, so tokens of any issuer would pass; "
                    + "set MP_JWT_VERIFY_ISSUER to the iss your identity provider writes");
        }
        return Optional.empty();
    }
}
