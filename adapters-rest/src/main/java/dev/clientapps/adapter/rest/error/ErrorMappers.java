package dev.clientapps.adapter.rest.error;

import dev.clientapps.adapter.rest.support.RequestIds;
import dev.clientapps.domain.shared.DomainException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where every failure becomes the contract's envelope. Nothing about the failure's
 * class, SQL or stack reaches the body; server faults are logged with the request id instead.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder response = envelope(e.status(), e.code(), e.getMessage(), e.details());
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> envelope(404, "not_found", e.getMessage(), e.details()).build();
            case INVALID -> envelope(400, "invalid_request", e.getMessage(), e.details()).build();
            case CONFLICT -> envelope(409, "conflict", e.getMessage(), e.details()).build();
            case PRECONDITION_FAILED -> envelope(412, "precondition_failed", e.getMessage(), e.details()).build();
        };
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        return api(ApiException.unauthorized("A valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return api(ApiException.forbidden("Insufficient permissions"));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return envelope(404, "not_found", "No such resource", null).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response.ResponseBuilder response = envelope(405, "method_not_allowed", "Method not allowed on this resource", null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e) {
        return envelope(415, "unsupported_media_type", "Content-Type must be application/json", null).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return envelope(406, "not_acceptable", "This resource can only be represented as application/json", null)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return envelope(413, "payload_too_large", "Request body must not exceed 1 MiB", null).build();
        }
        if (status >= 500) {
            return unexpected(e, null);
        }
        return envelope(status, "invalid_request", "The request could not be processed", null).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String requestId = request == null ? "unknown" : RequestIds.of(request);
        if (databaseUnreachable(e)) {
            LOG.warnf("request %s: database unreachable: %s", requestId, e.getMessage());
            return envelope(503, "unavailable", "The service is temporarily unavailable, retry later", null)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "request %s failed", requestId);
        return envelope(500, "internal_error", "An unexpected error occurred",
                Map.of("request_id", requestId)).build();
    }

    /**
     * Whether {@code e} comes from a database that cannot be reached: connection failures (SQLState
     * class 08), the server shutting down, crashed or still starting (57P01-57P03), or no pooled
     * connection to be had in time.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || message.contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Response.ResponseBuilder envelope(int status, String code, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code, message, details));
    }
}
