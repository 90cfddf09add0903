package dev.clientapps.adapter.rest.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every HTTP exchange an id, before any other handler runs: the caller's
 * {@code X-Request-Id} when it is a sane token, a new UUID otherwise. The id is echoed on every
 * response (API, /q/*, errors alike) and kept on the request for logs and audit.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "client-apps.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, Integer.MAX_VALUE);
    }

    private void assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /** The id assigned to this exchange. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id != null ? id : "unknown";
    }

    public static String of(HttpServerRequest request) {
        String id = request.response().headers().get(HEADER);
        return id != null ? id : "unknown";
    }
}
