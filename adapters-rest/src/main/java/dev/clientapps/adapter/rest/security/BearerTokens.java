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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    static final int MAX_CALLERS = VerifiedTokenMemory.MAX_TOKENS;

    private final JWTAuthContextInfo settings;
    private final JWTParser parser;
    private final Map<String, Derived> callers = new ConcurrentHashMap<>();

    @Inject
    public BearerTokens(JWTAuthContextInfo settings, JWTParser parser) {
        this.settings = settings;
        this.parser = parser;
    }

    /** The verified token this request carries, or 401. */
    public JsonWebToken verified(RoutingContext routing) {
        return verify(bearer(routing));
    }

    /**
     * What the verified token this request carries says about its bearer, or 401. The token is
     * verified (or found unexpired among the remembered ones) on every call; only reading its
     * claims into a {@link Caller} is done once per verified token object, so a caller can never
     * outlive its token's {@code exp} nor be handed to a request with any other token text.
     */
    public Caller caller(RoutingContext routing) {
        return caller(bearer(routing));
    }

    Caller caller(String bearer) {
        JsonWebToken token = verify(bearer);
        Derived known = callers.get(bearer);
        if (known != null && known.token() == token) {
            return known.caller();
        }
        Caller caller = Caller.of(token);
        if (callers.size() >= MAX_CALLERS) {
            callers.clear();
        }
        callers.put(bearer, new Derived(token, caller));
        return caller;
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

    /** A caller read from exactly this verified token object. */
    private record Derived(JsonWebToken token, Caller caller) {
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
