package dev.clientapps.adapter.rest.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The API's own limits on the request line and the headers, answered in the contract's envelope
 * (414 {@code uri_too_long}, 431 {@code request_header_fields_too_large}) before anything else
 * runs. The HTTP server's decoder limits (quarkus.http.limits.max-initial-line-length and
 * max-header-size) are set well above these, so a request over our limit still reaches this
 * filter instead of getting the server's bare, body-less 414/431.
 */
@ApplicationScoped
public class RequestLimits {

    /** Longest accepted {@code METHOD SP request-target}, in characters. */
    public static final int MAX_REQUEST_LINE = 8 * 1024;
    /** Largest accepted sum of header names and values, in characters. */
    public static final int MAX_HEADERS = 32 * 1024;

    void register(@Observes Filters filters) {
        filters.register(this::check, Integer.MAX_VALUE - 2);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method().name().length() + 1 + request.uri().length() > MAX_REQUEST_LINE) {
            refuse(ctx, 414, "uri_too_long", "The request line must not exceed " + MAX_REQUEST_LINE + " characters");
            return;
        }
        if (headerSize(request) > MAX_HEADERS) {
            refuse(ctx, 431, "request_header_fields_too_large",
                    "The request headers must not exceed " + MAX_HEADERS / 1024 + " KiB");
            return;
        }
        ctx.next();
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static void refuse(RoutingContext ctx, int status, String code, String message) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        RouterErrors.write(ctx, status, code, message);
    }
}
