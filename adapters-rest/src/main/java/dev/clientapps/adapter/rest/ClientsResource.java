package dev.clientapps.adapter.rest;

import dev.clientapps.adapter.rest.dto.ClientDto;
import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.adapter.rest.security.Scope;
import dev.clientapps.adapter.rest.support.JsonBody;
import dev.clientapps.adapter.rest.support.JsonFields;
import dev.clientapps.adapter.rest.support.PathIds;
import dev.clientapps.application.port.in.ClientsUseCase;
import dev.clientapps.application.port.in.RegisterClientCommand;
import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.UUID;

@Tag(name = "Clients")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/v2/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    private final ClientsUseCase clients;

    @Inject
    public ClientsResource(ClientsUseCase clients) {
        this.clients = clients;
    }

    @Operation(operationId = "createClient", summary = "Register a client")
    @SecurityRequirement(name = "bearer", scopes = {"clients:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "NewClient")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Client")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Access(Scope.CLIENTS_WRITE)
    public Response register(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(Set.of("id", "name"));
        UUID id = fields.uuid("id").applyTo(null);
        Client client = clients.register(new RegisterClientCommand(id == null ? null : new ClientId(id),
                fields.requiredString("name")));
        return Response.created(URI.create("/v2/clients/" + client.id())).entity(ClientDto.of(client)).build();
    }

    @Operation(operationId = "getClient", summary = "Get a client")
    @SecurityRequirement(name = "bearer", scopes = {"apps:read"})
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Client")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("/{client_id}")
    @Access(Scope.APPS_READ)
    public ClientDto get(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId) {
        return ClientDto.of(clients.get(PathIds.client(clientId)));
    }
}
