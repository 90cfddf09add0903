package dev.clientapps.adapter.rest.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over the limit (quarkus.http.limits.max-body-size, 1 MiB) before any of
 * it is read, with the contract's 413 envelope. The HTTP server's own limit still stops bodies
 * that do not declare their length.
 */
@ApplicationScoped
public class BodyLimit {

    static final String MESSAGE = "Request body must not exceed 1 MiB";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 1);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"error\":{\"code\":\"payload_too_large\",\"message\":\"" + MESSAGE + "\"}}");
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
