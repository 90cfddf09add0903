package dev.clientapps.adapter.rest;

import dev.clientapps.adapter.rest.dto.AuditEventDto;
import dev.clientapps.adapter.rest.dto.SliceDto;
import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.adapter.rest.security.Scope;
import dev.clientapps.adapter.rest.support.AuditRequest;
import dev.clientapps.adapter.rest.support.PathIds;
import dev.clientapps.application.port.in.AuditUseCase;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.listing.Slice;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A client's audit trail (CONTRACT §9): who changed which app, how and when; read-only. */
@Tag(name = "Audit")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/v2/clients")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditUseCase audit;

    @Inject
    public AuditResource(AuditUseCase audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAuditEvents", summary = "List Audit Events", description = "Newest first.")
    @SecurityRequirement(name = "bearer", scopes = {"audit:read"})
    @Parameter(name = "app_id", in = ParameterIn.QUERY, ref = "AuditAppFilter")
    @Parameter(name = "action", in = ParameterIn.QUERY, ref = "AuditActionFilter")
    @Parameter(name = "actor", in = ParameterIn.QUERY, ref = "AuditActorFilter")
    @Parameter(name = "since", in = ParameterIn.QUERY, ref = "Since")
    @Parameter(name = "until", in = ParameterIn.QUERY, ref = "Until")
    @Parameter(name = "page_size", in = ParameterIn.QUERY, ref = "PageSize")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, ref = "Cursor")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(ref = "AuditEventPage")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("/{client_id}/audit-events")
    @Access(Scope.AUDIT_READ)
    public SliceDto<AuditEventDto> list(@Parameter(ref = "ClientId") @PathParam("client_id") String clientId,
                                        @Parameter(hidden = true) @Context UriInfo uri) {
        AuditRequest request = new AuditRequest(PathIds.client(clientId), uri.getQueryParameters());
        Slice<AuditEvent> slice = audit.events(request.query());
        return new SliceDto<>(slice.items().stream().map(AuditEventDto::of).toList(), request.nextCursor(slice));
    }
}
