package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.PackagedService;
import dev.clientapps.bootstrap.support.TestTokens;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A consumer generates a Java client from the document the running service serves, with the
 * openapi-generator Maven plugin, and uses it: list, get, patch (license_count set and cleared
 * with an explicit null) and a bulk call must round-trip with the right types
 * (src/test/generated-client).
 */
class GeneratedClientIT {

    private static final Path TEMPLATE = Path.of("src", "test", "generated-client");
    private static final Path PROJECT = Path.of("target", "generated-client");

    @Test
    void aJavaClientGeneratedFromTheServedDocumentRoundTrips() throws Exception {
        String database = FreshDatabase.create();
        try (PackagedService service = PackagedService.start(FreshDatabase.url(database), "generated-client-service")) {
            copyTemplate();
            String document = service.get("/q/openapi?format=json").body();
            Files.writeString(PROJECT.resolve("openapi.json"), document);

            Path log = Path.of("target", "generated-client.log");
            Process build = new ProcessBuilder(Path.of("..", "mvnw").toAbsolutePath().toString(), "-B",
                    "-f", PROJECT.resolve("pom.xml").toAbsolutePath().toString(), "verify",
                    "-Dservice.url=" + service.baseUrl(), "-Dservice.token=" + TestTokens.operator())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertThat(build.waitFor(10, TimeUnit.MINUTES)).as("the generated client's build finished").isTrue();
            String output = Files.readString(log);
            assertThat(build.exitValue()).as("generated client build, see %s", log).isZero();
            assertThat(output).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
        } finally {
            FreshDatabase.drop(database);
        }
    }

    private static void copyTemplate() throws IOException {
        if (Files.exists(PROJECT)) {
            try (Stream<Path> files = Files.walk(PROJECT)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        try (Stream<Path> files = Files.walk(TEMPLATE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = PROJECT.resolve(TEMPLATE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
