package dev.clientapps.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the test run its own freshly created PostgreSQL database, dropped afterwards, and a
 * test-only token key pair. Host, port and credentials come from TEST_PG_HOST, TEST_PG_PORT,
 * TEST_PG_USER and TEST_PG_PASSWORD (default 127.0.0.1:5432, postgres, no password).
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("TEST_PG_PORT", "5432");
    private static final String USER = env("TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("TEST_PG_PASSWORD", "");

    private String database;

    @Override
    public Map<String, String> start() {
        database = create();
        return Map.of(
                "quarkus.datasource.jdbc.url", url(database),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD,
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        if (database != null) {
            drop(database);
        }
    }

    /** Creates a new, empty database and returns its name. */
    public static String create() {
        String name = "clientapps_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return name;
    }

    public static void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    /** The JDBC URL of the test database, for tests that look at the data directly. */
    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
