package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** List Apps as CSV with Accept: text/csv (CONTRACT §9): RFC 4180, formula-safe, filters and sort honoured. */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class CsvExportTest {

    private static final String HEADER = "id,canonical_name,vendor,categories,type,is_favorite,is_approved,"
            + "license_count,created_at,updated_at";

    @Inject
    DataSource dataSource;

    private String client;

    @BeforeEach
    void newClient() {
        client = Api.createClient(Api.unique("Exported"));
    }

    private Response export(String query) {
        return operator().accept("text/csv").get("/v2/clients/" + client + "/apps" + query);
    }

    private static List<String> lines(Response response) {
        String body = response.asString();
        assertThat(body).endsWith("\r\n");
        return List.of(body.substring(0, body.length() - 2).split("\r\n", -1));
    }

    @Test
    void quotesAndNeutralizesFieldsAsSpreadsheetsNeedAndJoinsCategories() {
        String vendor = Api.createVendor("+Vendor, \"Quoted\"");
        String tools = Api.createCategory("Tools");
        String formula = Api.createCategory("@Formula");
        String tricky = Api.createCatalogApp("=HYPERLINK(\"x\")", "-desktop", vendor, List.of(tools, formula));
        String app = Api.addApp(client, tricky, true, false, 12);
        String plain = Api.addApp(client, Api.createCatalogApp("Zoom"));

        Response response = export("");

        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment"));
        List<String> lines = lines(response);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(1)).startsWith(app + ",\"'=HYPERLINK(\"\"x\"\")\",\"'+Vendor, \"\"Quoted\"\"\","
                + "'@Formula;Tools,'-desktop,true,false,12,");
        assertThat(lines.get(2)).startsWith(plain + ",Zoom,,,,false,false,,");
        Map<String, Object> json = operator().get("/v2/clients/" + client + "/apps/" + app).then().extract()
                .jsonPath().getMap("$");
        assertThat(lines.get(1)).endsWith("," + json.get("created_at") + "," + json.get("updated_at"));
    }

    @Test
    void filtersAndSortApplyWhilePageSizeAndCursorDoNot() {
        List<String> favorites = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String app = Api.addApp(client, Api.createCatalogApp(Api.unique("App " + i)), i % 2 == 0, false, null);
            if (i % 2 == 0) {
                favorites.add(app);
            }
        }

        List<String> ids = lines(export("?is_favorite=true&sort_by=created_at&sort_order=desc&page_size=1&cursor=junk"))
                .stream().skip(1).map(line -> line.substring(0, 36)).toList();

        assertThat(ids).containsExactly(favorites.get(2), favorites.get(1), favorites.get(0));
        export("?is_favorite=maybe").then().statusCode(400).contentType(startsWith("application/json"))
                .body("error.code", equalTo("invalid_request"));
    }

    @Test
    void jsonStaysTheDefaultAndWinsWhenPreferred() {
        Api.addApp(client, Api.createCatalogApp("Slack"));
        for (String accept : List.of("*/*", "application/json", "text/csv;q=0.5, application/json",
                "application/*")) {
            operator().accept(accept).get("/v2/clients/" + client + "/apps").then().statusCode(200)
                    .contentType(startsWith("application/json")).body("total_count", equalTo(1));
        }
        operator().accept("text/*").get("/v2/clients/" + client + "/apps").then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    void aLargeInventoryIsExportedWholeInOrder() throws SQLException {
        int count = 2_500;
        String prefix = "Bulk " + UUID.randomUUID().toString().substring(0, 8) + " ";
        insertApps(prefix, count);

        List<String> lines = lines(operator().accept("text/csv").queryParam("q", prefix.trim())
                .get("/v2/clients/" + client + "/apps"));

        assertThat(lines).hasSize(count + 1);
        List<String> names = lines.stream().skip(1).map(line -> line.split(",")[1]).toList();
        assertThat(names).isSorted().doesNotHaveDuplicates();
        assertThat(names.get(0)).isEqualTo(prefix + "00000");
    }

    /** Catalog apps and client apps straight into the database: 2,500 API calls would be slow and prove nothing more. */
    private void insertApps(String prefix, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement catalog = connection.prepareStatement("""
                     insert into catalog_app (id, canonical_name, created_at, updated_at)
                     select md5(? || g)::uuid, ? || lpad(g::text, 5, '0'), now(), now() from generate_series(0, ? - 1) g""");
             PreparedStatement held = connection.prepareStatement("""
                     insert into client_app (client_id, id, catalog_app_id, is_favorite, is_approved, created_at, updated_at)
                     select ?::uuid, gen_random_uuid(), md5(? || g)::uuid, false, false, now(), now()
                     from generate_series(0, ? - 1) g""")) {
            for (PreparedStatement statement : Arrays.asList(catalog, held)) {
                statement.setString(1, statement == catalog ? prefix : client);
                statement.setString(2, prefix);
                statement.setInt(3, count);
                statement.executeUpdate();
            }
        }
    }
}
