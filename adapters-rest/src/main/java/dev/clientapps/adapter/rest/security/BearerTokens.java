package dev.clientapps.adapter.rest.security;

import dev.clientapps.adapter.rest.error.ApiException;
import io.smallrye.jwt.auth.AbstractBearerTokenExtractor;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's verified token, taken from the request the way smallrye-jwt's bearer mechanism
 * takes it (same extractor, same configured header and schemes) and verified by the same parser
 * bean (with {@link VerifiedTokens} in front), without building a Quarkus SecurityIdentity: that
 * runs the lazy authentication through a chain of Mutiny and context-propagation wrappers, about
 * a tenth of a Get App's CPU time, for a principal we only read claims from.
 * No token, or one that fails verification, is 401.
 */
@ApplicationScoped
public class BearerTokens {

    private final JWTAuthContextInfo settings;
    private final JWTParser parser;

    @Inject
    public BearerTokens(JWTAuthContextInfo settings, JWTParser parser) {
        this.settings = settings;
        this.parser = parser;
    }

    /** The verified token this request carries, or 401. */
    public JsonWebToken verified(RoutingContext routing) {
        return verify(bearer(routing));
    }

    private String bearer(RoutingContext routing) {
        String bearer = new Extractor(settings, routing).getBearerToken();
        if (bearer == null) {
            throw unauthorized();
        }
        return bearer;
    }

    private JsonWebToken verify(String bearer) {
        try {
            return parser.parse(bearer);
        } catch (ParseException e) {
            throw unauthorized();
        }
    }

    static ApiException unauthorized() {
        return ApiException.unauthorized("A valid bearer token is required");
    }

    private static final class Extractor extends AbstractBearerTokenExtractor {

        private final RoutingContext routing;

        Extractor(JWTAuthContextInfo settings, RoutingContext routing) {
            super(settings);
            this.routing = routing;
        }

        @Override
        protected String getHeaderValue(String headerName) {
            return routing.request().headers().get(headerName);
        }

        @Override
        protected String getCookieValue(String cookieName) {
            Cookie cookie = routing.request().getCookie(cookieName);
            return cookie != null ? cookie.getValue() : null;
        }
    }
}
