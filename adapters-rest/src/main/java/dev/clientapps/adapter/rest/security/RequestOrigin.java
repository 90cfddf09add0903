package dev.clientapps.adapter.rest.security;

import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.adapter.rest.support.RequestIds;
import dev.clientapps.domain.audit.Origin;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making this request and which request it is, as the audit trail records changes: the
 * token's {@code sub} (or, for a token without one, the principal name the verifier accepted)
 * and the exchange's X-Request-Id.
 */
@RequestScoped
public class RequestOrigin {

    private final BearerTokens tokens;
    private final RoutingContext routing;

    @Inject
    public RequestOrigin(BearerTokens tokens, RoutingContext routing) {
        this.tokens = tokens;
        this.routing = routing;
    }

    public Origin origin() {
        JsonWebToken token = tokens.verified(routing);
        String actor = token.getSubject() != null && !token.getSubject().isBlank() ? token.getSubject() : token.getName();
        if (actor == null || actor.isBlank()) {
            throw ApiException.unauthorized("The bearer token names no subject");
        }
        return new Origin(actor, RequestIds.of(routing));
    }
}
