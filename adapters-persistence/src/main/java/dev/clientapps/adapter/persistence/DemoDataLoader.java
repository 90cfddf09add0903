package dev.clientapps.adapter.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data set (about 200 well-known SaaS apps, three client organizations) at
 * start when {@code client-apps.demo-data.enabled} is true, which is the default in dev mode
 * only. Every statement is insert-or-nothing, so loading it again changes nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final String SCRIPT = "demo/demo-data.sql";

    private final Sql sql;
    private final boolean enabled;

    @Inject
    DemoDataLoader(Sql sql, @ConfigProperty(name = "client-apps.demo-data.enabled") boolean enabled) {
        this.sql = sql;
        this.enabled = enabled;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        int inserted = 0;
        for (String statement : statements(script())) {
            inserted += sql.update(statement, List.of());
        }
        LOG.infof("demo data loaded (%d new rows)", inserted);
    }

    /** The script's statements: each ends with a semicolon at the end of a line. */
    static List<String> statements(String script) {
        return List.of(script.split(";\\s*(\\r?\\n|$)")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.lines().allMatch(line -> line.strip().startsWith("--") || line.isBlank()))
                .toList();
    }

    private static String script() {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("demo data script missing: " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
