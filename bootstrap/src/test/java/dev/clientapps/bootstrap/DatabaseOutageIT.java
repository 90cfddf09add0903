package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clientapps.bootstrap.support.TestTokens;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar against a PostgreSQL cluster this test owns: the cluster is killed under the
 * running service, then started again. Requests must answer 503 with Retry-After within a few
 * seconds (never hang, never 500), readiness must go DOWN, and the service must recover by itself.
 * Runs where the test can act as the postgres user (root with runuser, as in CI).
 */
class DatabaseOutageIT {

    private static final String CLIENT = "aa7cf840-9ca9-46a3-9778-9015d6580d50";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path dir;
    private static Path binaries;
    private static int databasePort;
    private static int appPort;
    private static Process app;

    @BeforeAll
    static void startClusterAndService() throws Exception {
        binaries = postgresBinaries();
        assumeTrue(binaries != null && "root".equals(System.getProperty("user.name")) && onPath("runuser"),
                "needs PostgreSQL server binaries and root (to run them as the postgres user)");
        dir = Files.createTempDirectory("outage-pg");
        run("chown", "-R", "postgres", dir.toString());
        asPostgres(binaries.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                "-U", "postgres", "--no-sync");
        databasePort = freePort();
        startCluster();
        appPort = freePort();
        ProcessBuilder service = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/outage-service.log"));
        service.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(appPort),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyLocation(),
                "MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER,
                "CLIENT_APPS_DEMO_DATA_ENABLED", "true"));
        app = service.start();
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
        if (dir != null) {
            asPostgresQuietly(binaries.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "stop", "-m", "immediate");
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void anOutageAnswers503QuicklyAndTheServiceRecoversWithoutARestart() throws Exception {
        assertThat(get("/v2/clients/" + CLIENT + "/apps").statusCode()).isEqualTo(200);

        asPostgres(binaries.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "stop", "-m", "immediate");
        List<Long> outageMillis = new ArrayList<>();
        for (String path : List.of("/v2/clients/" + CLIENT + "/apps", "/v2/clients/" + CLIENT + "/apps",
                "/v2/catalog/apps")) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(path);
            outageMillis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(response.statusCode()).as("during the outage: %s", response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("\"code\":\"unavailable\"").doesNotContain("Exception");
        }
        assertThat(outageMillis).allSatisfy(ms -> assertThat(ms).isLessThan(5_000));
        HttpResponse<String> ready = get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("DOWN");

        startCluster();
        long recoveredAfter = awaitStatus("/v2/clients/" + CLIENT + "/apps", 200, Duration.ofSeconds(30));
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(10));
        System.out.printf("outage: 503 answers took %s ms; recovered %d ms after the database was back%n",
                outageMillis, recoveredAfter);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
                .header("Authorization", "Bearer " + TestTokens.operator())
                .timeout(Duration.ofSeconds(20))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until {@code path} answers {@code status}; returns how long that took, in ms. */
    private static long awaitStatus(String path, int status, Duration limit) throws Exception {
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
            if (app != null && !app.isAlive()) {
                throw new IllegalStateException("the service exited; see target/outage-service.log");
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + limit);
    }

    private static void startCluster() throws Exception {
        asPostgres(binaries.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                "-l", dir.resolve("log").toString(),
                "-o", "-p " + databasePort + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
    }

    private static Path postgresBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, command)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void asPostgres(String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void asPostgresQuietly(String... command) {
        try {
            asPostgres(command);
        } catch (Exception alreadyStopped) {
            // nothing to stop
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
