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
        router.errorHandler(404, ctx -> write(ctx, 404, "not_found", "No such resource"));
        router.errorHandler(405, ctx -> write(ctx, 405, "method_not_allowed", "Method not allowed on this resource"));
        router.errorHandler(413, ctx -> write(ctx, 413, "payload_too_large", BodyLimit.MESSAGE));
        router.errorHandler(500, ctx -> write(ctx, 500, "internal_error", "An unexpected error occurred"));
    }

    private static void write(RoutingContext ctx, int status, String code, String message) {
        if (ctx.response().headWritten()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }
}
