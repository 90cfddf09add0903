package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.adapter.persistence.SqlStatementCounter;
import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request costs a constant number of SQL statements whatever its size: counted where they are
 * sent (the adapter's JDBC calls, plus Hibernate's own statistics, which must stay at zero here).
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class StatementBudgetTest {

    private static final int APPS = 1000;
    private static String client;
    private static List<String> appIds;

    @Inject
    SqlStatementCounter counter;
    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void inventoryOfAThousandApps() throws SQLException {
        if (client != null) {
            return;
        }
        client = Api.createClient(Api.unique("Budget"));
        String vendor = Api.createVendor(Api.unique("Vendor"));
        String category = Api.createCategory(Api.unique("Category"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement catalog = connection.prepareStatement("""
                     insert into catalog_app (id, canonical_name, vendor_id, created_at, updated_at)
                     select md5(? || n)::uuid, 'Budget app ' || n, ?::uuid, now(), now()
                     from generate_series(1, ?) n""");
             PreparedStatement categories = connection.prepareStatement("""
                     insert into catalog_app_category (catalog_app_id, category_id)
                     select md5(? || n)::uuid, ?::uuid from generate_series(1, ?) n""");
             PreparedStatement apps = connection.prepareStatement("""
                     insert into client_app (client_id, id, catalog_app_id, created_at, updated_at)
                     select ?::uuid, md5(? || 'app' || n)::uuid, md5(? || n)::uuid,
                            now() - n * interval '1 second', now() - n * interval '1 second'
                     from generate_series(1, ?) n""")) {
            String seed = client;
            catalog.setString(1, seed);
            catalog.setString(2, vendor);
            catalog.setInt(3, APPS);
            catalog.executeUpdate();
            categories.setString(1, seed);
            categories.setString(2, category);
            categories.setInt(3, APPS);
            categories.executeUpdate();
            apps.setString(1, client);
            apps.setString(2, seed);
            apps.setString(3, seed);
            apps.setInt(4, APPS);
            apps.executeUpdate();
        }
        appIds = operator().get("/v2/clients/" + client + "/apps?page_size=500").then().extract().path("data.id");
        List<String> second = operator().get("/v2/clients/" + client + "/apps?page_size=500&sort_order=desc")
                .then().extract().path("data.id");
        appIds = new ArrayList<>(appIds);
        appIds.addAll(second);
        assertThat(appIds).doesNotHaveDuplicates().hasSize(APPS);
    }

    private Statistics hibernate() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("Hibernate statistics are on in tests").isTrue();
        return statistics;
    }

    /** Statements sent by {@code request}: the adapter's count, after checking Hibernate sent none. */
    private long statements(Runnable request) {
        long hibernateBefore = hibernate().getPrepareStatementCount();
        long before = counter.total();
        request.run();
        long sent = counter.total() - before;
        assertThat(hibernate().getPrepareStatementCount() - hibernateBefore).as("statements sent by Hibernate")
                .isZero();
        return sent;
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        List<Long> costs = new ArrayList<>();
        for (int size : new int[] {1, 50, 500}) {
            costs.add(statements(() -> operator().get("/v2/clients/" + client + "/apps?page_size=" + size
                    + "&is_favorite=false&q=budget").then().statusCode(200)));
        }
        assertThat(costs).containsOnly(costs.get(0));
        assertThat(costs.get(0)).as("page with its total and categories (the client's existence is remembered)")
                .isEqualTo(1);
        String cursor = operator().get("/v2/clients/" + client + "/apps?page_size=7").then().extract()
                .path("next_cursor");
        assertThat(statements(() -> operator().get("/v2/clients/" + client + "/apps?page_size=500&cursor=" + cursor)
                .then().statusCode(200))).isEqualTo(costs.get(0));
    }

    @Test
    void anUnfilteredOrFlagFilteredPageReadsItsTotalFromTheCountersInTheSameStatement() {
        for (String filter : new String[] {"", "&is_favorite=true", "&is_approved=false&is_favorite=false"}) {
            assertThat(statements(() -> operator().get("/v2/clients/" + client + "/apps?page_size=50" + filter)
                    .then().statusCode(200))).as("page with its total (%s)", filter).isEqualTo(1);
        }
    }

    @Test
    void aClientsExistenceIsCheckedUntilFoundThenRemembered() {
        String id = UUID.randomUUID().toString();
        String list = "/v2/clients/" + id + "/apps";
        assertThat(statements(() -> operator().get(list).then().statusCode(404))).as("client check").isEqualTo(1);
        assertThat(statements(() -> operator().get(list).then().statusCode(404)))
                .as("not found is never remembered").isEqualTo(1);
        Api.json(dev.clientapps.bootstrap.support.TestTokens.operator(), Map.of("id", id, "name", Api.unique("Late")))
                .post("/v2/clients").then().statusCode(201);
        assertThat(statements(() -> operator().get(list).then().statusCode(200))).as("client check, page").isEqualTo(2);
        assertThat(statements(() -> operator().get(list).then().statusCode(200))).as("page").isEqualTo(1);
    }

    @Test
    void aCatalogPageCostsTheSameWhateverItsSize() {
        List<Long> costs = new ArrayList<>();
        for (int size : new int[] {1, 50, 500}) {
            costs.add(statements(() -> operator().get("/v2/catalog/apps?page_size=" + size).then().statusCode(200)));
        }
        assertThat(costs).containsOnly(costs.get(0));
        assertThat(costs.get(0)).as("page with its total, vendor and categories").isEqualTo(1);
    }

    @Test
    void aBulkChangeCostsTheSameStatementsForOneHundredOrAThousandIds() {
        List<Long> costs = new ArrayList<>();
        for (int count : new int[] {1, 100, 1000}) {
            List<String> ids = appIds.subList(0, count);
            costs.add(statements(() -> operator().contentType("application/json").body(Map.of("app_ids", ids))
                    .post("/v2/clients/" + client + "/apps/approve").then().statusCode(200)));
            operator().contentType("application/json").body(Map.of("app_ids", ids))
                    .post("/v2/clients/" + client + "/apps/reject").then().statusCode(200);
        }
        assertThat(costs).containsOnly(costs.get(0));
        assertThat(costs.get(0)).as("lock, update, audit events (the client's existence is remembered)")
                .isEqualTo(3);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            unknown.add(UUID.randomUUID().toString());
        }
        assertThat(statements(() -> operator().contentType("application/json").body(Map.of("app_ids", unknown))
                .post("/v2/clients/" + client + "/apps/approve").then().statusCode(200)))
                .as("nothing to change: no update statement").isEqualTo(1);
    }

    @Test
    void gettingAndPatchingOneAppCostAFixedFewStatements() {
        String path = "/v2/clients/" + client + "/apps/" + appIds.get(0);
        assertThat(statements(() -> operator().get(path).then().statusCode(200))).isEqualTo(1);
        assertThat(statements(() -> operator().contentType("application/json").body("{\"license_count\": 3}")
                .patch(path).then().statusCode(200))).as("lock, update, audit event").isEqualTo(3);
        assertThat(statements(() -> operator().contentType("application/json").body("{\"license_count\": 3}")
                .patch(path).then().statusCode(200))).as("a no-op writes nothing").isEqualTo(1);
    }
}
