package dev.clientapps.bootstrap.support;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.common.core.BlockingOperationSupport;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test runs only: every response says which kind of thread served it, in {@value #HEADER}
 * ({@code io} or {@code worker}), so tests can see where ReadThreads sent a request.
 */
public class ServingThread {

    public static final String HEADER = "X-Test-Serving-Thread";

    @ServerResponseFilter
    public void mark(ContainerResponseContext response) {
        response.getHeaders().add(HEADER, BlockingOperationSupport.isBlockingAllowed() ? "worker" : "io");
    }
}
