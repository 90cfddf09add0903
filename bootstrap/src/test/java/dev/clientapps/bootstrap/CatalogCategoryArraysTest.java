package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.json;
import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.SqlWrites;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V11: a catalog app's categories are read from two arrays on its own row, which
 * triggers keep in step with catalog_app_category and category, whoever writes them: the API,
 * plain SQL, a cascade. After each test every catalog app's arrays must equal what the links say.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class CatalogCategoryArraysTest {

    /** Catalog apps whose arrays differ from their links, sorted by name (collate "C"), then id. */
    private static final String OUT_OF_STEP = """
            select count(*) from catalog_app c
            left join lateral (
                select coalesce(array_agg(g.id order by g.name collate "C", g.id), '{}') as ids,
                       coalesce(array_agg(g.name order by g.name collate "C", g.id), '{}') as names
                from catalog_app_category cc join category g on g.id = cc.category_id
                where cc.catalog_app_id = c.id) l on true
            where c.category_ids <> l.ids or c.category_names <> l.names""";

    @Inject
    DataSource dataSource;

    @AfterEach
    void everyCatalogAppMatchesItsLinks() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement check = connection.prepareStatement(OUT_OF_STEP);
             ResultSet rs = check.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).as("catalog apps whose category arrays differ from their links").isZero();
        }
    }

    @Test
    void theApiListsCategoriesByNameWhateverTheOrderGiven() {
        String tag = Api.unique("Arr");
        String b = Api.createCategory(tag + " b");
        String a = Api.createCategory(tag + " a");
        String app = Api.createCatalogApp(Api.unique("App"), null, null, List.of(b, a));
        operator().get("/v2/catalog/apps/" + app).then().statusCode(200)
                .body("categories.id", equalTo(List.of(a, b)))
                .body("categories.name", equalTo(List.of(tag + " a", tag + " b")));

        String c = Api.createCategory(tag + " c");
        json(TestTokens.operator(), Map.of("category_ids", List.of(c, a))).patch("/v2/catalog/apps/" + app)
                .then().statusCode(200).body("categories.id", equalTo(List.of(a, c)));
        json(TestTokens.operator(), Map.of("category_ids", List.of())).patch("/v2/catalog/apps/" + app)
                .then().statusCode(200).body("categories", emptyIterable());
        operator().get("/v2/catalog/apps/" + app).then().body("categories", emptyIterable());
    }

    @Test
    void linksAndNamesWrittenWithSqlShowInEveryRead() throws SQLException {
        String tag = Api.unique("Sql");
        String first = Api.createCategory(tag + " 1");
        String second = Api.createCategory(tag + " 2");
        String catalogApp = Api.createCatalogApp(Api.unique("App"), null, null, List.of(first));
        String client = Api.createClient(Api.unique("Client"));
        String app = Api.addApp(client, catalogApp);

        SqlWrites.change(dataSource,
                "insert into catalog_app_category (catalog_app_id, category_id) values (?::uuid, ?::uuid)",
                catalogApp, second);
        operator().get("/v2/clients/" + client + "/apps/" + app).then().statusCode(200)
                .body("catalog_app.categories.id", equalTo(List.of(first, second)));

        // a rename moves the category within every linked app's list
        SqlWrites.change(dataSource, "update category set name = ? where id = ?::uuid", tag + " 3", first);
        operator().get("/v2/clients/" + client + "/apps").then().statusCode(200)
                .body("data[0].catalog_app.categories.name", equalTo(List.of(tag + " 2", tag + " 3")));
        operator().get("/v2/catalog/apps/" + catalogApp).then()
                .body("categories.id", equalTo(List.of(second, first)));

        SqlWrites.change(dataSource,
                "delete from catalog_app_category where catalog_app_id = ?::uuid and category_id = ?::uuid",
                catalogApp, second);
        operator().get("/v2/catalog/apps/" + catalogApp).then()
                .body("categories.name", equalTo(List.of(tag + " 3")));

        SqlWrites.change(dataSource,
                "update catalog_app_category set category_id = ?::uuid where catalog_app_id = ?::uuid",
                second, catalogApp);
        operator().get("/v2/catalog/apps/" + catalogApp).then()
                .body("categories.id", equalTo(List.of(second)));
    }

    @Test
    void deletingACatalogAppTakesItsLinksWithoutAnError() throws SQLException {
        String category = Api.createCategory(Api.unique("Gone"));
        String catalogApp = Api.createCatalogApp(Api.unique("App"), null, null, List.of(category));
        SqlWrites.change(dataSource, "delete from catalog_app where id = ?::uuid", catalogApp);
        operator().get("/v2/catalog/apps/" + catalogApp).then().statusCode(404);
    }

    /**
     * Two transactions link the same app to two categories; the second one's trigger waits for the
     * first one's, which holds the app's row. Computing the arrays from a snapshot taken before
     * that wait would write the second link alone over the first one's arrays.
     */
    @Test
    void twoTransactionsLinkingTheSameAppKeepBothLinks() throws Exception {
        String tag = Api.unique("Race");
        String first = Api.createCategory(tag + " 1");
        String second = Api.createCategory(tag + " 2");
        String catalogApp = Api.createCatalogApp(Api.unique("App"));
        String link = "insert into catalog_app_category (catalog_app_id, category_id) values (?::uuid, ?::uuid)";
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection();
             Connection observer = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            SqlWrites.change(a, link, catalogApp, first);
            long bPid = backendPid(b);
            CompletableFuture<Void> secondLink = CompletableFuture.runAsync(() -> {
                try {
                    SqlWrites.change(b, link, catalogApp, second);
                    b.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitLockWait(observer, bPid);
            a.commit();
            secondLink.get(10, TimeUnit.SECONDS);
        }
        operator().get("/v2/catalog/apps/" + catalogApp).then()
                .body("categories.id", equalTo(List.of(first, second)));
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (PreparedStatement pid = connection.prepareStatement("select pg_backend_pid()");
             ResultSet rs = pid.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Returns once backend {@code pid} waits for a lock; fails after 10 s. */
    private static void awaitLockWait(Connection observer, long pid) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (PreparedStatement waiting = observer.prepareStatement(
                "select count(*) from pg_stat_activity where pid = ? and wait_event_type = 'Lock'")) {
            waiting.setLong(1, pid);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 1) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("backend " + pid + " never waited for a lock");
    }
}
