package dev.clientapps.bootstrap.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged jar (target/quarkus-app/quarkus-run.jar) as an operator runs it: a separate process
 * in the production profile, configured by environment, trusting the test key pair.
 */
public final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar against {@code jdbcUrl} with the demo data and waits until it is ready. */
    public static PackagedService start(String jdbcUrl, String logName) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/" + logName + ".log"));
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyLocation(),
                "MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER,
                "CLIENT_APPS_DEMO_DATA_ENABLED", "true"));
        builder.environment().putAll(env);
        PackagedService service = new PackagedService(builder.start(), port);
        service.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(90));
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + TestTokens.operator())
                .timeout(Duration.ofSeconds(20))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until {@code path} answers {@code status}; returns how long that took, in ms. */
    public long awaitStatus(String path, int status, Duration limit) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(path).statusCode() == status) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited; see its log under target/");
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + limit);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
