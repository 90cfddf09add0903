package dev.clientapps.adapter.rest;

import dev.clientapps.adapter.rest.dto.CatalogAppDto;
import dev.clientapps.adapter.rest.dto.CategoryDto;
import dev.clientapps.adapter.rest.dto.PageDto;
import dev.clientapps.adapter.rest.dto.VendorDto;
import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.adapter.rest.security.Scope;
import dev.clientapps.adapter.rest.support.JsonBody;
import dev.clientapps.adapter.rest.support.JsonFields;
import dev.clientapps.adapter.rest.support.ListRequest;
import dev.clientapps.adapter.rest.support.PathIds;
import dev.clientapps.application.port.in.AddCatalogAppCommand;
import dev.clientapps.application.port.in.CatalogUseCase;
import dev.clientapps.application.port.in.ReviseCatalogAppCommand;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.listing.CatalogQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.Patch;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import java.util.Set;
import java.util.UUID;

/** The shared catalog: any valid token reads it; curating it takes catalog:write. */
@Tag(name = "Catalog")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/v2/catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private static final Set<String> CATALOG_APP_FIELDS = Set.of("canonical_name", "description", "display_colour",
            "logo", "type", "vendor_id", "category_ids");

    private final CatalogUseCase catalog;

    @Inject
    public CatalogResource(CatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Operation(operationId = "createVendor", summary = "Create a vendor")
    @SecurityRequirement(name = "bearer", scopes = {"catalog:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "NewVendor")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Vendor")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/vendors")
    @Access(Scope.CATALOG_WRITE)
    public Response addVendor(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(Set.of("name", "url"));
        Vendor vendor = catalog.addVendor(fields.requiredString("name"), fields.string("url").applyTo(null));
        return Response.created(URI.create("/v2/catalog/vendors/" + vendor.id())).entity(VendorDto.of(vendor)).build();
    }

    @Operation(operationId = "createCategory", summary = "Create a category")
    @SecurityRequirement(name = "bearer", scopes = {"catalog:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "NewCategory")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Category")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/categories")
    @Access(Scope.CATALOG_WRITE)
    public Response addCategory(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(Set.of("name"));
        Category category = catalog.addCategory(fields.requiredString("name"));
        return Response.created(URI.create("/v2/catalog/categories/" + category.id()))
                .entity(CategoryDto.of(category)).build();
    }

    @Operation(operationId = "getVendor", summary = "Get a vendor")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Vendor")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("/vendors/{vendor_id}")
    @Access(Scope.AUTHENTICATED)
    public VendorDto vendor(@Parameter(ref = "VendorId") @PathParam("vendor_id") String vendorId) {
        return VendorDto.of(catalog.getVendor(new VendorId(PathIds.uuid(vendorId, NotFound::vendor))));
    }

    @Operation(operationId = "getCategory", summary = "Get a category")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "Category")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("/categories/{category_id}")
    @Access(Scope.AUTHENTICATED)
    public CategoryDto category(@Parameter(ref = "CategoryId") @PathParam("category_id") String categoryId) {
        return CategoryDto.of(catalog.getCategory(new CategoryId(PathIds.uuid(categoryId, NotFound::category))));
    }

    @Operation(operationId = "listCatalogApps", summary = "List Catalog Apps")
    @SecurityRequirement(name = "bearer")
    @Parameter(name = "q", in = ParameterIn.QUERY, ref = "Q")
    @Parameter(name = "category_id", in = ParameterIn.QUERY, ref = "CategoryFilter")
    @Parameter(name = "vendor_id", in = ParameterIn.QUERY, ref = "VendorFilter")
    @Parameter(name = "type", in = ParameterIn.QUERY, ref = "Type")
    @Parameter(name = "sort_by", in = ParameterIn.QUERY, ref = "SortBy")
    @Parameter(name = "sort_order", in = ParameterIn.QUERY, ref = "SortOrder")
    @Parameter(name = "page_size", in = ParameterIn.QUERY, ref = "PageSize")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, ref = "Cursor")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "CatalogAppPage")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @Path("/apps")
    @Access(Scope.AUTHENTICATED)
    public PageDto<CatalogAppDto> list(@Parameter(hidden = true) @Context UriInfo uri) {
        ListRequest request = ListRequest.catalog(uri.getQueryParameters());
        Page<CatalogApp> page = catalog.list(new CatalogQuery(request.catalogFilter(), request.sort(), request.page()));
        return new PageDto<>(page.items().stream().map(CatalogAppDto::of).toList(), page.totalCount(),
                request.nextCursor(page));
    }

    @Operation(operationId = "getCatalogApp", summary = "Get Catalog App")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "CatalogApp")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("/apps/{catalog_app_id}")
    @Access(Scope.AUTHENTICATED)
    public CatalogAppDto get(@Parameter(ref = "CatalogAppId") @PathParam("catalog_app_id") String catalogAppId) {
        return CatalogAppDto.of(catalog.get(PathIds.catalogApp(catalogAppId)));
    }

    @Operation(operationId = "createCatalogApp", summary = "Create a catalog app")
    @SecurityRequirement(name = "bearer", scopes = {"catalog:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "NewCatalogApp")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(ref = "CatalogApp")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @POST
    @Path("/apps")
    @Access(Scope.CATALOG_WRITE)
    public Response addApp(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(CATALOG_APP_FIELDS);
        UUID vendorId = fields.uuid("vendor_id").applyTo(null);
        List<UUID> categoryIds = fields.uuidArray("category_ids").applyTo(null);
        CatalogApp app = catalog.addCatalogApp(new AddCatalogAppCommand(
                fields.requiredString("canonical_name"),
                fields.string("description").applyTo(null),
                fields.string("display_colour").applyTo(null),
                fields.string("logo").applyTo(null),
                fields.string("type").applyTo(null),
                vendorId == null ? null : new VendorId(vendorId),
                categoryIds == null ? List.of() : categoryIds.stream().map(CategoryId::new).toList()));
        return Response.created(URI.create("/v2/catalog/apps/" + app.id())).entity(CatalogAppDto.of(app)).build();
    }

    @Operation(operationId = "updateCatalogApp", summary = "Update a catalog app")
    @SecurityRequirement(name = "bearer", scopes = {"catalog:write"})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "CatalogAppFields")))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "CatalogApp")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PATCH
    @Path("/apps/{catalog_app_id}")
    @Access(Scope.CATALOG_WRITE)
    public CatalogAppDto reviseApp(@Parameter(ref = "CatalogAppId") @PathParam("catalog_app_id") String catalogAppId,
                                   @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Parameter(hidden = true) byte[] body) {
        var id = PathIds.catalogApp(catalogAppId);
        JsonFields fields = JsonBody.object(contentType, body).onlyFields(CATALOG_APP_FIELDS);
        Patch<List<CategoryId>> categories = fields.uuidArray("category_ids")
                .map(ids -> ids.stream().map(CategoryId::new).toList());
        return CatalogAppDto.of(catalog.reviseCatalogApp(new ReviseCatalogAppCommand(id,
                fields.string("canonical_name"),
                fields.string("description"),
                fields.string("display_colour"),
                fields.string("logo"),
                fields.string("type"),
                fields.uuid("vendor_id").map(VendorId::new),
                categories)));
    }
}
