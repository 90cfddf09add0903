package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Timestamps read the same whether PostgreSQL sends them as text (a statement's first executions on
 * a connection) or in binary (once pgjdbc has made it a server-side prepared statement), including
 * instants before PostgreSQL's 2000-01-01 epoch, where the binary value is negative.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class TimestampTransferTest {

    /** More executions than pgjdbc's prepareThreshold (5), so the later ones are binary. */
    private static final int READS = 15;

    @Inject
    DataSource dataSource;

    @Test
    void getAndListShowTheStoredInstantsInTextAndBinaryTransfer() throws SQLException {
        String client = Api.createClient(Api.unique("Timestamps"));
        String catalogApp = Api.createCatalogApp(Api.unique("Timestamps"));
        String app = Api.addApp(client, catalogApp);
        store("update catalog_app set created_at = '1999-12-31 23:59:59.999+00', updated_at = '2000-01-01 00:00:00+00' where id = ?",
                catalogApp);
        store("update client_app set created_at = '1970-01-01 00:00:00.001+00', updated_at = '2026-01-31 08:05:09.12+00' where id = ?",
                app);

        for (int i = 0; i < READS; i++) {
            JsonPath got = operator().get("/v2/clients/" + client + "/apps/" + app).then().statusCode(200).extract().jsonPath();
            assertStoredInstants(got, "");
            JsonPath page = operator().get("/v2/clients/" + client + "/apps").then().statusCode(200).extract().jsonPath();
            assertStoredInstants(page, "data[0].");
        }
    }

    private static void assertStoredInstants(JsonPath json, String prefix) {
        assertThat(json.getString(prefix + "created_at")).isEqualTo("1970-01-01T00:00:00.001Z");
        assertThat(json.getString(prefix + "updated_at")).isEqualTo("2026-01-31T08:05:09.120Z");
        assertThat(json.getString(prefix + "catalog_app.created_at")).isEqualTo("1999-12-31T23:59:59.999Z");
        assertThat(json.getString(prefix + "catalog_app.updated_at")).isEqualTo("2000-01-01T00:00:00.000Z");
    }

    private void store(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
