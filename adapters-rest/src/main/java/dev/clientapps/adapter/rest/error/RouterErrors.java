package dev.clientapps.adapter.rest.error;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Failures decided by the HTTP server before any resource is matched (unknown path outside the
 * API, body over the size limit, ...) get the same envelope as everything else.
 */
@ApplicationScoped
public class RouterErrors {

    void install(@Observes Router router) {
        router.errorHandler(400, ctx -> write(ctx, 400, "invalid_request", "The request could not be read"));
        router.errorHandler(404, ctx -> write(ctx, 404, "not_found", "No such resource"));
        router.errorHandler(405, ctx -> write(ctx, 405, "method_not_allowed", "Method not allowed on this resource"));
        router.errorHandler(413, ctx -> write(ctx, 413, "payload_too_large", BodyLimit.MESSAGE));
        router.errorHandler(500, ctx -> write(ctx, 500, "internal_error", "An unexpected error occurred"));
        // A body over the limit found while reading it (BodyLimit) fails the exchange with 413;
        // answer it here, ahead of Quarkus' own failure handler, which would send it without a body.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                write(ctx, 413, "payload_too_large", BodyLimit.MESSAGE);
            } else {
                ctx.next();
            }
        });
    }

    /** The contract's envelope for an exchange answered below JAX-RS (router, filters); nothing if already answered. */
    static void write(RoutingContext ctx, int status, String code, String message) {
        if (ctx.response().headWritten()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }
}
