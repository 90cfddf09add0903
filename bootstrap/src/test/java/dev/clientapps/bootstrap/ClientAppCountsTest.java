package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * total_count of the lists that the per-client counters answer (no filter, is_favorite,
 * is_approved, both) must equal count(*) of the rows after any mix of changes: single adds and
 * removes, PATCHes, bulk changes with duplicates and unknown ids, multi-row statements over
 * several clients, and concurrent bulk requests on overlapping ids. After each of them,
 * client_app_recency (V8, kept by triggers as well) holds exactly client_app's (client_id, updated_at, id).
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ClientAppCountsTest {

    private static final List<String> FLAG_FILTERS = List.of("", "&is_favorite=true", "&is_favorite=false",
            "&is_approved=true", "&is_approved=false", "&is_favorite=true&is_approved=true",
            "&is_favorite=true&is_approved=false", "&is_favorite=false&is_approved=true",
            "&is_favorite=false&is_approved=false");

    @Inject
    DataSource dataSource;

    @Test
    void countersMatchCountStarAfterRandomChanges() throws SQLException {
        Random random = new Random(7);
        List<String> clients = List.of(Api.createClient(Api.unique("Counts A")), Api.createClient(Api.unique("Counts B")));
        List<String> catalog = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            catalog.add(Api.createCatalogApp(Api.unique("Counted app")));
        }
        for (String client : clients) {
            assertExact(client); // no app yet, no counter row yet: 0
        }
        for (int round = 0; round < 25; round++) {
            String client = clients.get(random.nextInt(clients.size()));
            List<String> held = heldApps(client);
            switch (random.nextInt(7)) {
                case 0, 1 -> Api.json(TestTokens.operator(), Map.of(
                                "catalog_app_id", catalog.get(random.nextInt(catalog.size())),
                                "is_favorite", random.nextBoolean(), "is_approved", random.nextBoolean()))
                        .post("/v2/clients/" + client + "/apps").then().statusCode(oneOf(200, 201));
                case 2 -> {
                    if (!held.isEmpty()) {
                        operator().delete("/v2/clients/" + client + "/apps/" + pick(held, random)).then().statusCode(204);
                    }
                }
                case 3 -> {
                    if (!held.isEmpty()) {
                        operator().contentType("application/json")
                                .body(Map.of(random.nextBoolean() ? "is_favorite" : "is_approved", random.nextBoolean()))
                                .patch("/v2/clients/" + client + "/apps/" + pick(held, random)).then().statusCode(200);
                    }
                }
                case 4, 5 -> {
                    List<String> ids = new ArrayList<>();
                    for (String id : held) {
                        if (random.nextInt(3) > 0) {
                            ids.add(id);
                            if (random.nextInt(5) == 0) {
                                ids.add(id); // a duplicate, processed once
                            }
                        }
                    }
                    ids.add(UUID.randomUUID().toString()); // unknown: reported as failed
                    Collections.shuffle(ids, random);
                    String action = List.of("favorites", "favorites/remove", "approve", "reject").get(random.nextInt(4));
                    operator().contentType("application/json").body(Map.of("app_ids", ids))
                            .post("/v2/clients/" + client + "/apps/" + action).then().statusCode(200);
                }
                default -> sqlAcrossClients(random);
            }
            for (String c : clients) {
                assertExact(c);
            }
        }
    }

    @Test
    void countersStayExactUnderConcurrentOverlappingBulkRequests() throws Exception {
        String client = Api.createClient(Api.unique("Counts concurrent"));
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            apps.add(Api.addApp(client, Api.createCatalogApp(Api.unique("Concurrent counted"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Random random = new Random(100 + t);
            done.add(pool.submit(() -> {
                for (int op = 0; op < 15; op++) {
                    List<String> ids = new ArrayList<>(apps);
                    Collections.shuffle(ids, random);
                    String action = List.of("favorites", "favorites/remove", "approve", "reject").get(random.nextInt(4));
                    operator().contentType("application/json").body(Map.of("app_ids", ids.subList(0, 5 + random.nextInt(25))))
                            .post("/v2/clients/" + client + "/apps/" + action).then().statusCode(200);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertExact(client);
    }

    @Test
    void anEmptyPageAfterACursorStillCarriesTheExactTotal() {
        String client = Api.createClient(Api.unique("Counts empty page"));
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            apps.add(Api.addApp(client, Api.createCatalogApp(Api.unique("Shrinking app"))));
        }
        for (String filter : List.of("", "&q=shrinking")) { // counters, then count(*)
            String base = "/v2/clients/" + client + "/apps?page_size=2" + filter;
            io.restassured.path.json.JsonPath first = operator().get(base).then().statusCode(200).extract().jsonPath();
            String cursor = first.getString("next_cursor");
            List<String> rest = new ArrayList<>(heldApps(client));
            rest.removeAll(first.getList("data.id"));
            for (String id : rest) {
                operator().delete("/v2/clients/" + client + "/apps/" + id).then().statusCode(204);
            }
            operator().get(base + "&cursor=" + cursor).then().statusCode(200)
                    .body("data", org.hamcrest.Matchers.empty())
                    .body("next_cursor", org.hamcrest.Matchers.nullValue())
                    .body("total_count", org.hamcrest.Matchers.is(2));
            Api.addApp(client, Api.createCatalogApp(Api.unique("Shrinking app")));
        }
    }

    /** Multi-row statements that touch both clients at once, as a migration or an operator might. */
    private void sqlAcrossClients(Random random) throws SQLException {
        String statement = List.of(
                "update client_app set is_favorite = not is_favorite where random() < 0.5",
                "update client_app set is_approved = not is_approved, license_count = 1 where random() < 0.5",
                "update client_app set license_count = 2",
                "update client_app set updated_at = updated_at + interval '1 second' where random() < 0.5",
                "delete from client_app where random() < 0.2").get(random.nextInt(5));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(statement)) {
            ps.executeUpdate();
        }
    }

    private List<String> heldApps(String client) {
        return operator().get("/v2/clients/" + client + "/apps?page_size=500").then().statusCode(200)
                .extract().path("data.id");
    }

    private static String pick(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private void assertExact(String client) throws SQLException {
        assertCounterRow(client);
        assertRecencyMirrorsClientApp();
        for (String filter : FLAG_FILTERS) {
            long served = ((Number) operator().get("/v2/clients/" + client + "/apps?page_size=1" + filter)
                    .then().statusCode(200).extract().path("total_count")).longValue();
            assertThat(served).as("total_count of %s", filter).isEqualTo(countStar(client, filter));
        }
    }

    /** The counter row itself (absent means zeros) against the rows it stands for. */
    private void assertCounterRow(String client) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("""
                     select coalesce((select row(total, favorites, approved, favorite_and_approved)::text
                                      from client_app_count where client_id = ?::uuid), '(0,0,0,0)'),
                            (select row(count(*), count(*) filter (where is_favorite), count(*) filter (where is_approved),
                                        count(*) filter (where is_favorite and is_approved))::text
                             from client_app where client_id = ?::uuid)""")) {
            ps.setString(1, client);
            ps.setString(2, client);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).as("client_app_count row of %s", client).isEqualTo(rs.getString(2));
            }
        }
    }

    private void assertRecencyMirrorsClientApp() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("""
                     select count(*) from client_app a full join client_app_recency r
                         on r.client_id = a.client_id and r.updated_at = a.updated_at and r.id = a.id
                     where a.id is null or r.id is null""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).as("rows of client_app and client_app_recency without their match").isZero();
        }
    }

    private long countStar(String client, String filter) throws SQLException {
        String where = filter.replace("&", " and ").replace("is_favorite=", "is_favorite = ")
                .replace("is_approved=", "is_approved = ");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(
                     "select count(*) from client_app where client_id = ?::uuid" + where)) {
            ps.setString(1, client);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
