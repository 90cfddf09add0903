package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.Moments;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail (CONTRACT §9): one event per real change, in the change's transaction, append-only. */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    private String client;
    private List<String> apps;
    private List<String> catalogApps;

    @BeforeEach
    void newInventory() {
        client = Api.createClient(Api.unique("Audited"));
        apps = new ArrayList<>();
        catalogApps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            catalogApps.add(Api.createCatalogApp(Api.unique("App")));
            apps.add(Api.addApp(client, catalogApps.get(i)));
        }
    }

    private static RequestSpecification as(String subject, String requestId) {
        return Api.as(TestTokens.operator(subject)).header("X-Request-Id", requestId);
    }

    private JsonPath events(String query) {
        return operator().get("/v2/clients/" + client + "/audit-events" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private List<Map<String, Object>> eventsSince(Instant since) {
        return events("?since=" + since).getList("data");
    }

    private void runAcceptanceRequests() {
        as("alice", "req-approve").contentType("application/json")
                .body(Map.of("app_ids", List.of(apps.get(0), apps.get(1), apps.get(2))))
                .post("/v2/clients/" + client + "/apps/approve").then().statusCode(200);
        as("bob", "req-patch").contentType("application/json").body("{\"license_count\": 25}")
                .patch("/v2/clients/" + client + "/apps/" + apps.get(1)).then().statusCode(200);
        as("carol", "req-remove").delete("/v2/clients/" + client + "/apps/" + apps.get(3)).then()
                .statusCode(org.hamcrest.Matchers.oneOf(204, 404));
    }

    @Test
    void approveThreePatchOneRemoveOneRecordsExactlyFiveEventsAndRepeatingRecordsNone() {
        Instant before = Moments.apart();

        runAcceptanceRequests();

        List<Map<String, Object>> events = eventsSince(before);
        assertThat(events).hasSize(5);
        assertThat(events).extracting(e -> e.get("action"))
                .containsExactly("app.removed", "app.updated", "app.approved", "app.approved", "app.approved");
        Map<String, Object> removed = events.get(0);
        assertThat(removed).containsEntry("actor", "carol").containsEntry("request_id", "req-remove")
                .containsEntry("app_id", apps.get(3)).containsEntry("client_id", client);
        assertThat(removed.get("changes")).isEqualTo(Map.of(
                "catalog_app_id", change(catalogApps.get(3), null),
                "is_favorite", change(false, null),
                "is_approved", change(false, null)));
        Map<String, Object> patched = events.get(1);
        assertThat(patched).containsEntry("actor", "bob").containsEntry("request_id", "req-patch")
                .containsEntry("app_id", apps.get(1));
        assertThat(patched.get("changes")).isEqualTo(Map.of("license_count", change(null, 25)));
        assertThat(events.subList(2, 5)).allSatisfy(approved -> {
            assertThat(approved).containsEntry("actor", "alice").containsEntry("request_id", "req-approve");
            assertThat(approved.get("changes")).isEqualTo(Map.of("is_approved", change(false, true)));
        });
        assertThat(events.subList(2, 5)).extracting(e -> e.get("app_id"))
                .containsExactlyInAnyOrder(apps.get(0), apps.get(1), apps.get(2));

        runAcceptanceRequests();

        assertThat(eventsSince(before)).hasSize(5);
    }

    @Test
    void addingRecordsTheInitialStateAndAddingAgainRecordsNothing() {
        String catalogApp = Api.createCatalogApp(Api.unique("Added"));
        Instant before = Moments.apart();
        Map<String, Object> body = new HashMap<>(Map.of("catalog_app_id", catalogApp, "is_favorite", true,
                "license_count", 10));
        String app = as("dave", "req-add").contentType("application/json").body(body)
                .post("/v2/clients/" + client + "/apps").then().statusCode(201).extract().path("id");
        as("dave", "req-add-again").contentType("application/json").body(body)
                .post("/v2/clients/" + client + "/apps").then().statusCode(200);

        List<Map<String, Object>> events = eventsSince(before);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event).containsEntry("action", "app.added").containsEntry("app_id", app)
                    .containsEntry("request_id", "req-add");
            assertThat(event.get("changes")).isEqualTo(Map.of(
                    "catalog_app_id", change(null, catalogApp),
                    "is_favorite", change(null, true),
                    "is_approved", change(null, false),
                    "license_count", change(null, 10)));
        });
    }

    @Test
    void aChangeWhoseEventCannotBeWrittenIsRolledBackWithIt() throws SQLException {
        sql("alter table audit_batch add constraint test_refuses_mallory check (actor <> 'mallory')");
        try {
            as("mallory", "req-blocked").contentType("application/json").body("{\"license_count\": 99}")
                    .patch("/v2/clients/" + client + "/apps/" + apps.get(0)).then().statusCode(500);
            as("mallory", "req-blocked").contentType("application/json")
                    .body(Map.of("app_ids", List.of(apps.get(0), apps.get(1))))
                    .post("/v2/clients/" + client + "/apps/favorites").then().statusCode(500);
        } finally {
            sql("alter table audit_batch drop constraint test_refuses_mallory");
        }
        for (String app : List.of(apps.get(0), apps.get(1))) {
            operator().get("/v2/clients/" + client + "/apps/" + app).then().statusCode(200)
                    .body("license_count", equalTo(null)).body("is_favorite", equalTo(false));
        }
        assertThat(events("?actor=mallory").getList("data")).isEmpty();
    }

    @Test
    void rejectedRequestsRecordNothing() {
        Instant before = Moments.apart();
        operator().contentType("application/json").body("{\"license_count\": -1}")
                .patch("/v2/clients/" + client + "/apps/" + apps.get(0)).then().statusCode(400);
        operator().contentType("application/json").body(Map.of("app_ids", List.of(apps.get(0), "not-a-uuid")))
                .post("/v2/clients/" + client + "/apps/approve").then().statusCode(400);
        operator().contentType("application/json").body("{}")
                .patch("/v2/clients/" + client + "/apps/" + apps.get(0)).then().statusCode(200);

        assertThat(eventsSince(before)).isEmpty();
    }

    @Test
    void eventsCannotBeChangedOrRemovedEvenWithDirectSql() {
        operator().contentType("application/json").body("{\"is_favorite\": true}")
                .patch("/v2/clients/" + client + "/apps/" + apps.get(0)).then().statusCode(200);

        for (String statement : List.of("update audit_batch set actor = 'someone else'", "delete from audit_batch",
                "truncate audit_batch cascade")) {
            assertThatThrownBy(() -> sql(statement)).as(statement).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(events("?app_id=" + apps.get(0)).getList("data", Map.class))
                .extracting(e -> e.get("actor")).contains("test-user");
    }

    @Test
    void filtersNarrowTheTrailAndPagesWalkItNewestFirstExactlyOnce() {
        Instant before = Moments.apart();
        for (int round = 0; round < 3; round++) {
            for (String app : apps) {
                as(round == 1 ? "erin" : "frank", "req-" + round).contentType("application/json")
                        .body("{\"license_count\": " + round + "}")
                        .patch("/v2/clients/" + client + "/apps/" + app).then().statusCode(200);
            }
        }
        Instant between = Moments.apart();
        operator().contentType("application/json").body(Map.of("app_ids", apps))
                .post("/v2/clients/" + client + "/apps/favorites").then().statusCode(200);

        assertThat(events("?since=" + before + "&app_id=" + apps.get(2)).getList("data")).hasSize(4);
        assertThat(events("?actor=erin").getList("data")).hasSize(4);
        assertThat(events("?action=app.favorited&since=" + before).getList("data")).hasSize(4);
        assertThat(events("?since=" + before + "&until=" + between).getList("data")).hasSize(12);
        assertThat(events("?since=" + between).getList("data")).hasSize(4);

        List<String> walked = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String query = "?page_size=5&since=" + before;
        JsonPath page = events(query);
        while (true) {
            walked.addAll(page.getList("data.id"));
            times.addAll(page.getList("data.occurred_at"));
            String next = page.getString("next_cursor");
            if (next == null) {
                break;
            }
            page = events(query + "&cursor=" + next);
        }
        assertThat(walked).hasSize(16).doesNotHaveDuplicates();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        String cursor = events(query).getString("next_cursor");
        operator().get("/v2/clients/" + client + "/audit-events?page_size=5&cursor=" + cursor).then().statusCode(400)
                .body("error.details.parameter", equalTo("cursor"));
    }

    @Test
    void anotherClientsEventsNeverShow() {
        String other = Api.createClient(Api.unique("Other"));
        String theirs = Api.addApp(other, catalogApps.get(0));
        operator().contentType("application/json").body("{\"is_approved\": true}")
                .patch("/v2/clients/" + other + "/apps/" + theirs).then().statusCode(200);

        List<Map<String, Object>> mine = events("").getList("data");
        assertThat(mine).isNotEmpty().allSatisfy(event -> assertThat(event).containsEntry("client_id", client));
        assertThat(mine).extracting(e -> e.get("app_id")).doesNotContain(theirs);
        assertThat(events("?app_id=" + theirs).getList("data")).isEmpty();
    }

    @Test
    void malformedFiltersAre400() {
        for (String query : List.of("app_id=nope", "action=app.deleted", "action=", "actor=", "since=yesterday",
                "until=2026-13-01T00:00:00Z", "since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z",
                "page_size=0", "page_size=501", "cursor=abc")) {
            var response = operator().get("/v2/clients/" + client + "/audit-events?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.jsonPath().getString("error.code")).as(query).isEqualTo("invalid_request");
        }
        operator().get("/v2/clients/" + UUID.randomUUID() + "/audit-events").then().statusCode(404);
    }

    private static Map<String, Object> change(Object from, Object to) {
        Map<String, Object> change = new HashMap<>();
        change.put("from", from);
        change.put("to", to);
        return change;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }
}
