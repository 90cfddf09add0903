package dev.clientapps.adapter.rest;

import dev.clientapps.adapter.rest.dto.AppDto;
import dev.clientapps.adapter.rest.dto.BulkResultDto;
import dev.clientapps.adapter.rest.dto.AppJson;
import dev.clientapps.adapter.rest.error.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.adapter.rest.security.RequestOrigin;
import dev.clientapps.adapter.rest.security.Scope;
import dev.clientapps.adapter.rest.support.AppChangesReader;
import dev.clientapps.adapter.rest.support.CsvWriter;
import dev.clientapps.adapter.rest.support.ETags;
import dev.clientapps.adapter.rest.support.JsonBody;
import dev.clientapps.adapter.rest.support.JsonFields;
import dev.clientapps.adapter.rest.support.ListRequest;
import dev.clientapps.adapter.rest.support.PathIds;
import dev.clientapps.adapter.rest.support.ReadThreads.WorkerUnlessBounded;
import dev.clientapps.application.port.in.AppPrecondition;
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
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A client's inventory of apps (seeds 000-004, CONTRACT §2-§5). */
@Tag(name = "Apps")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/v2/clients")
@Produces(MediaType.APPLICATION_JSON)
public class AppsResource {

    private static final Set<String> ADD_FIELDS = Set.of("catalog_app_id", "is_favorite", "is_approved",
            "license_count");

    private static final String TEXT_CSV = "text/csv";

    private final AppsUseCase apps;
    private final InventoryUseCase inventory;
    private final RequestOrigin origin;
    private final AppJson appJson;

    @Inject
    public AppsResource(AppsUseCase apps, InventoryUseCase inventory, RequestOrigin origin, ObjectMapper json) {
        this.apps = apps;
        this.inventory = inventory;
        this.origin = origin;
        this.appJson = new AppJson(json);
    }

    @Operation(operationId = "listApps", summary = "List Apps")
    @SecurityRequirement(name = "bearer", scopes = {"apps:read"})
    @Parameter(name = "q", in = ParameterIn.QUERY, ref = "Q")
    @Parameter(name = "category_id", in = ParameterIn.QUERY, ref = "CategoryFilter")
    @Parameter(name = "vendor_id", in = ParameterIn.QUERY, ref = "VendorFilter")
    @Parameter(name = "type", in = ParameterIn.QUERY, ref = "Type")
    @Parameter(name = "is_favorite", in = ParameterIn.QUERY, ref = "IsFavorite")
    @Parameter(name = "is_approved", in = ParameterIn.QUERY, ref = "IsApproved")
    @Parameter(name = "updated_after", in = ParameterIn.QUERY, ref = "UpdatedAfter")
    @Parameter(name = "sort_by", in = ParameterIn.QUERY, ref = "SortBy")
    @Parameter(name = "sort_order", in = ParameterIn.QUERY, ref = "SortOrder")
    @Parameter(name = "page_size", in = ParameterIn.QUERY, ref = "PageSize")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, ref = "Cursor")
    @APIResponse(responseCode = "200", description = "OK: a page as JSON, or with `Accept: text/csv` every matching app as CSV "
            + "(filters and sort apply, page_size and cursor do not)", content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = "AppPage")),
        @Content(mediaType = TEXT_CSV, schema = @Schema(ref = "AppsCsv"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @NonBlocking
    @WorkerUnlessBounded
    @Path("/{client_id}/apps")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Access(Scope.APPS_READ)
    public Response list(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId, @Parameter(hidden = true) @Context UriInfo uri,
                         @Parameter(hidden = true) @Context HttpHeaders headers) {
        ClientId client = PathIds.client(clientId);
        ListRequest request = ListRequest.apps(client.toString(), uri.getQueryParameters());
        if (CsvWriter.preferred(headers.getAcceptableMediaTypes())) {
            return Response.ok(csv(client, request), CsvWriter.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"apps-" + client + ".csv\"").build();
        }
        Page<ClientApp> page = apps.list(new AppQuery(client, request.appFilter(), request.sort(), request.page()));
        String next = request.nextCursor(page);
        StreamingOutput body = output -> appJson.page(output, page.items(), page.totalCount(), next);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The export, written as the rows arrive from the database: memory does not grow with the row count. */
    private StreamingOutput csv(ClientId client, ListRequest request) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 32 * 1024);
            CsvWriter csv = new CsvWriter(writer);
            apps.export(client, request.appFilter(), request.sort(), app -> {
                try {
                    csv.write(app);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
    }

    @Operation(operationId = "getApp", summary = "Get App")
    @SecurityRequirement(name = "bearer", scopes = {"apps:read"})
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "App")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @NonBlocking
    @WorkerUnlessBounded
    @Path("/{client_id}/apps/{app_id}")
    @Access(Scope.APPS_READ)
    public Response get(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId, @Parameter(ref = "AppId") @PathParam("app_id") String appId,
                        @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        byte[] body = representation(apps.get(PathIds.client(clientId), PathIds.app(appId)));
        String etag = ETags.of(body);
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag).build();
    }

    @Operation(operationId = "updateApp", summary = "Update App")
    @SecurityRequirement(name = "bearer", scopes = {"apps:write"})
    @RequestBody(required = true, content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = "UpdateAppRequest")),
        @Content(mediaType = "application/merge-patch+json", schema = @Schema(ref = "UpdateAppRequest"))})
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "App")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PATCH
    @Path("/{client_id}/apps/{app_id}")
    @Access(Scope.APPS_WRITE)
    public Response update(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId, @Parameter(ref = "AppId") @PathParam("app_id") String appId,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(hidden = true) byte[] body) {
        ClientId client = PathIds.client(clientId);
        var changes = AppChangesReader.read(JsonBody.object(contentType, body));
        AppPrecondition precondition = ifMatch == null ? AppPrecondition.NONE
                : current -> ETags.matchHolds(ifMatch, ETags.of(representation(current)));
        byte[] updated = representation(apps.update(client, PathIds.app(appId), changes, precondition, origin.origin()));
        return Response.ok(updated, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, ETags.of(updated)).build();
    }

    /** The app's JSON, exactly as sent: what its ETag is a digest of. */
    private byte[] representation(ClientApp app) {
        return appJson.app(app);
    }

    @Operation(operationId = "addApp", summary = "Add a catalog app to the inventory")
    @SecurityRequirement(name = "bearer", scopes = {"inventory:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "AddAppRequest")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(ref = "App")))
    @APIResponse(responseCode = "200", description = "Already held: the existing app, unchanged", content = @Content(mediaType = "application/json", schema = @Schema(ref = "App")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/{client_id}/apps")
    @Access(Scope.INVENTORY_WRITE)
    public Response add(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId,
                        @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        ClientId client = PathIds.client(clientId);
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(ADD_FIELDS);
        CatalogAppId catalogAppId = new CatalogAppId(fields.requiredUuid("catalog_app_id"));
        AppState initial = new AppState(
                fields.bool("is_favorite").applyTo(false),
                fields.bool("is_approved").applyTo(false),
                fields.nonNegativeIntOrNull("license_count").map(LicenseCount::new).applyTo(null));
        InventoryUseCase.Added added = inventory.add(client, catalogAppId, initial, origin.origin());
        AppDto app = AppDto.of(added.app());
        if (!added.created()) {
            return Response.ok(app).build();
        }
        return Response.created(URI.create("/v2/clients/" + client + "/apps/" + app.id())).entity(app).build();
    }

    @Operation(operationId = "removeApp", summary = "Remove an app from the inventory")
    @SecurityRequirement(name = "bearer", scopes = {"inventory:write"})
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("/{client_id}/apps/{app_id}")
    @Access(Scope.INVENTORY_WRITE)
    public Response remove(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId, @Parameter(ref = "AppId") @PathParam("app_id") String appId) {
        inventory.remove(PathIds.client(clientId), PathIds.app(appId), origin.origin());
        return Response.noContent().build();
    }

    @Operation(operationId = "addFavorites", summary = "Add Favorites")
    @SecurityRequirement(name = "bearer", scopes = {"apps:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkResult")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/{client_id}/apps/favorites")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto addFavorites(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId,
                                      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.FAVORITE, true));
    }

    @Operation(operationId = "removeFavorites", summary = "Remove Favorites")
    @SecurityRequirement(name = "bearer", scopes = {"apps:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkResult")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/{client_id}/apps/favorites/remove")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto removeFavorites(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId,
                                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.FAVORITE, false));
    }

    @Operation(operationId = "approveApps", summary = "Approve Apps")
    @SecurityRequirement(name = "bearer", scopes = {"apps:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkResult")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/{client_id}/apps/approve")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto approve(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId,
                                 @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        return bulk(clientId, contentType, body, new FlagChange(AppFlag.APPROVED, true));
    }

    @Operation(operationId = "rejectApps", summary = "Reject Apps")
    @SecurityRequirement(name = "bearer", scopes = {"apps:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkRequest")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "BulkResult")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/{client_id}/apps/reject")
    @Access(Scope.APPS_WRITE)
    public BulkResultDto reject(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId,
                                @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
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
        return BulkResultDto.of(apps.applyToAll(client, selection, change, origin.origin()));
    }
}
