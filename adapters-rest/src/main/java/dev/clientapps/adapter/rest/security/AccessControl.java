package dev.clientapps.adapter.rest.security;

import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.application.port.in.ClientsUseCase;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.Uuids;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place where access is decided, before any body or query parameter is read, in the
 * contract's order: no or invalid token → 401; client not permitted → 403 (whether or not it
 * exists); scope missing → 403; client does not exist → 404.
 */
@ApplicationScoped
public class AccessControl {

    public static final String CLIENT_ID = "client_id";

    private final BearerTokens tokens;
    private final ClientsUseCase clients;

    @Inject
    public AccessControl(BearerTokens tokens, ClientsUseCase clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Access access = method.getAnnotation(Access.class);
        if (access == null) {
            throw ApiException.forbidden("This operation is not open to any caller");
        }
        Caller caller = tokens.caller(routing);
        String clientId = request.getUriInfo().getPathParameters().getFirst(CLIENT_ID);
        if (clientId != null && !caller.mayActOn(clientId)) {
            throw ApiException.forbidden("Insufficient permissions for this client");
        }
        if (!caller.has(access.value())) {
            throw ApiException.forbidden("Insufficient scope: " + access.value().claimValue() + " is required");
        }
        if (clientId != null) {
            Optional<UUID> id = Uuids.parse(clientId);
            if (id.isEmpty() || !clients.exists(new ClientId(id.get()))) {
                throw NotFound.client(clientId);
            }
        }
    }
}
