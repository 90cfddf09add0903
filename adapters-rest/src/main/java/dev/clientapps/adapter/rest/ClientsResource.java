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

@Path("/v2/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    private final ClientsUseCase clients;

    @Inject
    public ClientsResource(ClientsUseCase clients) {
        this.clients = clients;
    }

    @POST
    @Access(Scope.CLIENTS_WRITE)
    public Response register(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(Set.of("id", "name"));
        UUID id = fields.uuid("id").applyTo(null);
        Client client = clients.register(new RegisterClientCommand(id == null ? null : new ClientId(id),
                fields.requiredString("name")));
        return Response.created(URI.create("/v2/clients/" + client.id())).entity(ClientDto.of(client)).build();
    }

    @GET
    @Path("/{client_id}")
    @Access(Scope.APPS_READ)
    public ClientDto get(@PathParam("client_id") String clientId) {
        return ClientDto.of(clients.get(PathIds.client(clientId)));
    }
}
