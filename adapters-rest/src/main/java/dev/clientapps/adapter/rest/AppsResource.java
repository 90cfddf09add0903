package dev.clientapps.adapter.rest;

import dev.clientapps.adapter.rest.dto.AppDto;
import dev.clientapps.adapter.rest.dto.BulkResultDto;
import dev.clientapps.adapter.rest.dto.PageDto;
import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.adapter.rest.security.Scope;
import dev.clientapps.adapter.rest.support.AppChangesReader;
import dev.clientapps.adapter.rest.support.JsonBody;
import dev.clientapps.adapter.rest.support.JsonFields;
import dev.clientapps.adapter.rest.support.ListRequest;
import dev.clientapps.adapter.rest.support.PathIds;
import dev.clientapps.application.port.in.AppsUseCase;
import dev.clientapps.application.port.in.InventoryUseCase;
import dev.clientapps.domain.app.AppFlag;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppSelection;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.FlagChange;
import dev.clientapps.domain.app.LicenseCount;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A client's inventory of apps (seeds 000-004, CONTRACT §2-§5). */
@Path("/v2/clients")
@Produces(MediaType.APPLICATION_JSON)
public class AppsResource {

    private static final Set<String> ADD_FIELDS = Set.of("catalog_app_id", "is_favorite", "is_approved",
            "license_count");

    private final AppsUseCase apps;
    private final InventoryUseCase inventory;

    @Inject
    public AppsResource(AppsUseCase apps, InventoryUseCase inventory) {
        this.apps = apps;
        this.inventory = inventory;
    }

    @GET
    @Path("/{client_id}/apps")
    @Access(Scope.APPS_READ)
    public PageDto<AppDto> list(@PathParam("client_id") String clientId, @Context UriInfo uri) {
        ClientId client = PathIds.client(clientId);
        ListRequest request = ListRequest.apps(client.toString(), uri.getQueryParameters());
        Page<ClientApp> page = apps.list(new AppQuery(client, request.appFilter(), request.sort(), request.page()));
        return new PageDto<>(page.items().stream().map(AppDto::of).toList(), page.totalCount(),
                request.nextCursor(page));
    }

    @GET
    @Path("/{client_id}/apps/{app_id}")
    @Access(Scope.APPS_READ)
    public AppDto get(@PathParam("client_id") String clientId, @PathParam("app_id") String appId) {
        return AppDto.of(apps.get(PathIds.client(clientId), PathIds.app(appId)));
    }

    @PATCH
    @Path("/{client_id}/apps/{app_id}")
    @Access(Scope.APPS_WRITE)
    public AppDto update(@PathParam("client_id") String clientId, @PathParam("app_id") String appId,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ClientId client = PathIds.client(clientId);
        var changes = AppChangesReader.read(JsonBody.object(contentType, body));
        return AppDto.of(apps.update(client, PathIds.app(appId), changes));
    }

    @POST
    @Path("/{client_id}/apps")
    @Access(Scope.INVENTORY_WRITE)
    public Response add(@PathParam("client_id") String clientId,
                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ClientId client = PathIds.client(clientId);
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(ADD_FIELDS);
        CatalogAppId catalogAppId = new CatalogAppId(fields.requiredUuid("catalog_app_id"));
        AppState initial = new AppState(
                fields.bool("is_favorite").applyTo(false),
                fields.bool("is_approved").applyTo(false),
                fields.nonNegativeIntOrNull("license_count").map(LicenseCount::new).applyTo(null));
        InventoryUseCase.Added added = inventory.add(client, catalogAppId, initial);
        AppDto app = AppDto.of(added.app());
        if (!added.created()) {
            return Response.ok(app).build();
        }
        return Response.created(URI.create("/v2/clients/" + client + "/apps/" + app.id())).entity(app).build();
    }

    @DELETE
    @Path("/{client_id}/apps/{app_id}")
    @Access(Scope.INVENTORY_WRITE)
    public Response remove(@PathParam("client_id") String clientId, @PathParam("app_id") String appId) {
        inventory.remove(PathIds.client(clientId), PathIds.app(appId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{client_id}/apps/favorites")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto addFavorites(@PathParam("client_id") String clientId,
                                      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.FAVORITE, true));
    }

    @POST
    @Path("/{client_id}/apps/favorites/remove")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto removeFavorites(@PathParam("client_id") String clientId,
                                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.FAVORITE, false));
    }

    @POST
    @Path("/{client_id}/apps/approve")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto approve(@PathParam("client_id") String clientId,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.APPROVED, true));
    }

    @POST
    @Path("/{client_id}/apps/reject")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto reject(@PathParam("client_id") String clientId,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.APPROVED, false));
    }

    /** The four bulk endpoints differ only in the flag and the value they set. */
    private BulkResultDto bulk(String clientId, String contentType, byte[] body, FlagChange change) {
        ClientId client = PathIds.client(clientId);
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(Set.of("app_ids"));
        if (!fields.has("app_ids")) {
            throw ApiException.invalid("app_ids is required", Map.of("field", "app_ids"));
        }
        List<UUID> ids = fields.uuidArray("app_ids").applyTo(null);
        if (ids == null) {
            throw ApiException.invalid("app_ids must be an array of uuid strings", Map.of("field", "app_ids"));
        }
        AppSelection selection = new AppSelection(ids.stream().map(AppId::new).toList());
        return BulkResultDto.of(apps.applyToAll(client, selection, change));
    }
}
