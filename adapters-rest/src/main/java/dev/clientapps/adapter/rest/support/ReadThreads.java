package dev.clientapps.adapter.rest.support;

import io.quarkus.runtime.ExecutorRecorder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.common.core.BlockingOperationSupport;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Which thread serves a read.
 *
 * <p>Quarkus REST serves a blocking endpoint on a worker thread: the I/O thread that read the
 * request hands it to a worker, which hands the response back, so every request costs a worker
 * wake-up, a park and a wake-up of the I/O thread. On the benchmark's 2-core machine, serving Get
 * App and the first page of List Apps on the I/O thread raised their rates by 13 to 42 %
 * (docs/queries.md §15). A read that is one short indexed statement gains more from staying on the
 * I/O thread than it can cost that thread's other connections.
 *
 * <p>So Get App (one row by its key) and List Apps are non-blocking endpoints with
 * {@link WorkerUnlessBounded}: {@link #dispatch} keeps on the I/O thread only a bounded read (Get
 * App, or a {@link #boundedPage bounded page}) and hands every other request to the worker pool
 * before anything else of it runs, as Quarkus REST does for a blocking endpoint: a search, a
 * filter, a count, a CSV export.
 *
 * <p>A bounded read goes to a worker too when the database pool has no connection free at that
 * moment: the I/O thread must not wait for a connection that the workers' requests hold (up to
 * the pool's acquisition timeout), since all its other connections would wait with it.
 */
@Singleton
public class ReadThreads {

    /** The largest page served on the I/O thread: one statement of at most this many rows plus one. */
    public static final int MAX_BOUNDED_PAGE = 100;

    /** The list parameters that neither filter nor need a count (the total comes from the client's counters). */
    private static final Set<String> UNFILTERED = Set.of("page_size", "cursor", "sort_by", "sort_order");

    /** Whether the database pool has a connection free now, so that acquiring one will not wait. */
    public interface ConnectionHeadroom {

        boolean connectionFree();
    }

    private final ConnectionHeadroom headroom;

    @Inject
    public ReadThreads(ConnectionHeadroom headroom) {
        this.headroom = headroom;
    }

    /**
     * On a non-blocking read endpoint: run the request on a worker thread unless it is a bounded read
     * and a connection is free. Its query parameters are those of {@link #boundedPage}, or none.
     */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface WorkerUnlessBounded {
    }

    /** Before the access check (which may read the database), so that all of a request runs on one thread. */
    @WorkerUnlessBounded
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 200)
    public void dispatch(ResteasyReactiveContainerRequestContext request) {
        if (BlockingOperationSupport.isBlockingAllowed()
                || (boundedPage(request.getUriInfo().getQueryParameters(), request.getAcceptableMediaTypes())
                        && headroom.connectionFree())) {
            return;
        }
        // What Quarkus REST's own BlockingHandler does for a blocking endpoint: the rest of the
        // request, response included, continues on its worker pool.
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        context.suspend();
        context.resume(ExecutorRecorder.getCurrent());
    }

    /**
     * A page of JSON with no filter and at most {@value #MAX_BOUNDED_PAGE} apps (the default is 50).
     * A page_size that is not a number is bounded too: the request is answered 400 at once.
     */
    public static boolean boundedPage(MultivaluedMap<String, String> query, List<MediaType> accepted) {
        if (CsvWriter.preferred(accepted)) {
            return false;
        }
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            if (!UNFILTERED.contains(param.getKey())) {
                return false;
            }
        }
        for (String size : query.getOrDefault("page_size", List.of())) {
            try {
                if (Integer.parseInt(size.trim()) > MAX_BOUNDED_PAGE) {
                    return false;
                }
            } catch (NumberFormatException e) {
                // answered 400 by the endpoint's own validation
            }
        }
        return true;
    }
}
