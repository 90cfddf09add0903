package dev.clientapps.adapter.rest.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One INFO line per request: method, templated path (ids stay out, so lines group by endpoint),
 * status, duration and request id. Never the query string, a header or a body.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("dev.clientapps.request");
    private static final String TEMPLATE = "client-apps.path-template";

    /** The template of each method declared by its resource class, read from the annotations once (a few dozen). */
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        filters.register(this::timed, Integer.MAX_VALUE - 2);
    }

    private void timed(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> {
            String template = ctx.get(TEMPLATE);
            String path = template != null ? template : unmatched(ctx.normalizedPath());
            long tenths = (System.nanoTime() - start) / 100_000;
            // Built by hand: a format string with %.1f cost a visible share of a list request's CPU.
            LOG.info(ctx.request().method() + " " + path + " " + ctx.response().getStatusCode() + " "
                    + tenths / 10 + "." + tenths % 10 + "ms id=" + RequestIds.of(ctx));
        });
        ctx.next();
    }

    /** API paths that matched no endpoint are not echoed (they may carry anything); /q/* paths hold no ids. */
    private static String unmatched(String path) {
        return path.startsWith("/q/") ? path : "(no route)";
    }

    /** Remembers the matched endpoint's path template for the log line, before access is checked. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void rememberTemplate(RoutingContext ctx, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resource.getResourceClass();
        ctx.put(TEMPLATE, method.getDeclaringClass() == type
                ? templates.computeIfAbsent(method, m -> template(type, m))
                : template(type, method));
    }

    static String template(Class<?> resourceClass, Method method) {
        Path type = resourceClass.getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        return (type == null ? "" : type.value()) + (own == null ? "" : own.value());
    }
}
