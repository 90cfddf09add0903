package dev.clientapps.adapter.rest.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over the limit (quarkus.http.limits.max-body-size, 1 MiB) with the contract's
 * 413 envelope: a declared length before any of the body is read; a body of undeclared length
 * (chunked) is read here, counting, and refused as soon as it passes the limit. The resources
 * would otherwise read such a body themselves, and their reader answers an over-long one with a
 * bare 413 of its own.
 */
@ApplicationScoped
public class BodyLimit {

    static final String MESSAGE = "Request body must not exceed 1 MiB";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize;

    private BodyHandler streamed;

    void register(@Observes Filters filters) {
        streamed = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        filters.register(this::check, Integer.MAX_VALUE - 1);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            RouterErrors.write(ctx, 413, "payload_too_large", MESSAGE);
            return;
        }
        if (length == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            streamed.handle(ctx);
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
