package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clientapps.bootstrap.support.PackagedService;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private static Path dir;
    private static Path binaries;
    private static int databasePort;
    private static PackagedService service;

    @BeforeAll
    static void startClusterAndService() throws Exception {
        binaries = postgresBinaries();
        assumeTrue(binaries != null && "root".equals(System.getProperty("user.name")) && onPath("runuser"),
                "needs PostgreSQL server binaries and root (to run them as the postgres user)");
        dir = Files.createTempDirectory("outage-pg");
        run("chown", "-R", "postgres", dir.toString());
        asPostgres(binaries.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                "-U", "postgres", "--no-sync");
        databasePort = PackagedService.freePort();
        startCluster();
        service = PackagedService.start("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres", "outage-service");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (service != null) {
            service.close();
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
        assertThat(service.get("/v2/clients/" + CLIENT + "/apps").statusCode()).isEqualTo(200);

        asPostgres(binaries.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "stop", "-m", "immediate");
        List<Long> outageMillis = new ArrayList<>();
        for (String path : List.of("/v2/clients/" + CLIENT + "/apps", "/v2/clients/" + CLIENT + "/apps",
                "/v2/catalog/apps")) {
            long start = System.nanoTime();
            HttpResponse<String> response = service.get(path);
            outageMillis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(response.statusCode()).as("during the outage: %s", response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("\"code\":\"unavailable\"").doesNotContain("Exception");
        }
        assertThat(outageMillis).allSatisfy(ms -> assertThat(ms).isLessThan(5_000));
        HttpResponse<String> ready = service.get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("DOWN");

        startCluster();
        long recoveredAfter = service.awaitStatus("/v2/clients/" + CLIENT + "/apps", 200, Duration.ofSeconds(30));
        service.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(10));
        System.out.printf("outage: 503 answers took %s ms; recovered %d ms after the database was back%n",
                outageMillis, recoveredAfter);
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
