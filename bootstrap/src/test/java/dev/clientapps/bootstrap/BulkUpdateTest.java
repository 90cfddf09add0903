package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Add/Remove Favorites (seeds 000, 001), Approve/Reject (CONTRACT §2, §5). */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class BulkUpdateTest {

    private static final String UNKNOWN = "ffffffff-ffff-ffff-ffff-ffffffffffff";

    private String client;
    private List<String> apps;

    @BeforeEach
    void newInventory() {
        client = Api.createClient(Api.unique("Bulk"));
        apps = Api.addNewApps(client, 4);
    }

    private ValidatableResponse bulk(String action, Object body) {
        return operator().contentType("application/json").body(body)
                .post("/v2/clients/" + client + "/apps/" + action).then();
    }

    private Map<String, Object> app(String id) {
        return operator().get("/v2/clients/" + client + "/apps/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    @Test
    void allSucceedAndAlreadyFavoritedAppsAreSuccessesToo() {
        bulk("favorites", Map.of("app_ids", List.of(apps.get(0), apps.get(1)))).statusCode(200)
                .body("succeeded", equalTo(List.of(apps.get(0), apps.get(1)))).body("failed", empty());
        bulk("favorites", Map.of("app_ids", List.of(apps.get(1), apps.get(2)))).statusCode(200)
                .body("succeeded", equalTo(List.of(apps.get(1), apps.get(2)))).body("failed", empty());
        assertThat(app(apps.get(2)).get("is_favorite")).isEqualTo(true);
        assertThat(app(apps.get(3)).get("is_favorite")).isEqualTo(false);
    }

    @Test
    void unknownAndOtherClientsIdsFailAsNotFoundWhileTheRestApply() {
        String otherClient = Api.createClient(Api.unique("Other"));
        String othersApp = Api.addApp(otherClient, Api.createCatalogApp(Api.unique("Theirs")));
        bulk("approve", Map.of("app_ids", List.of(apps.get(0), UNKNOWN, othersApp))).statusCode(200)
                .body("succeeded", equalTo(List.of(apps.get(0))))
                .body("failed.id", equalTo(List.of(UNKNOWN, othersApp)))
                .body("failed.error", equalTo(List.of("App not found", "App not found")));
        assertThat(app(apps.get(0)).get("is_approved")).isEqualTo(true);
        operator().get("/v2/clients/" + otherClient + "/apps/" + othersApp).then().body("is_approved", equalTo(false));
    }

    @Test
    void duplicatesAreProcessedAndReportedOnceInRequestOrder() {
        bulk("favorites", Map.of("app_ids", List.of(apps.get(2), apps.get(0), apps.get(2), UNKNOWN, UNKNOWN,
                apps.get(0)))).statusCode(200)
                .body("succeeded", equalTo(List.of(apps.get(2), apps.get(0))))
                .body("failed.id", equalTo(List.of(UNKNOWN)));
    }

    @Test
    void sendingTheSameRequestTwiceGivesTheSameAnswerAndMovesNoUpdatedAt() {
        Map<String, Object> body = Map.of("app_ids", List.of(apps.get(0), apps.get(1), UNKNOWN));
        String first = bulk("approve", body).statusCode(200).extract().asString();
        Map<String, Object> afterFirst = app(apps.get(0));
        String second = bulk("approve", body).statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(app(apps.get(0))).isEqualTo(afterFirst);
        String untouchedBefore = (String) app(apps.get(3)).get("updated_at");
        bulk("reject", Map.of("app_ids", List.of(apps.get(3)))).statusCode(200);
        assertThat(app(apps.get(3)).get("updated_at")).isEqualTo(untouchedBefore);
    }

    @Test
    void removeFavoritesAndRejectSetTheFlagsBack() {
        bulk("favorites", Map.of("app_ids", apps)).statusCode(200);
        bulk("approve", Map.of("app_ids", apps)).statusCode(200);
        bulk("favorites/remove", Map.of("app_ids", List.of(apps.get(0), UNKNOWN))).statusCode(200)
                .body("succeeded", equalTo(List.of(apps.get(0)))).body("failed.id", equalTo(List.of(UNKNOWN)));
        bulk("reject", Map.of("app_ids", List.of(apps.get(1)))).statusCode(200);
        assertThat(app(apps.get(0))).containsEntry("is_favorite", false).containsEntry("is_approved", true);
        assertThat(app(apps.get(1))).containsEntry("is_favorite", true).containsEntry("is_approved", false);
    }

    @Test
    void anInvalidRequestIsRefusedWholeAndChangesNothing() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        tooMany.set(0, apps.get(0));
        List<Object> bodies = List.of(
                "{}",
                "{\"app_ids\": null}",
                "{\"app_ids\": \"" + apps.get(0) + "\"}",
                "{\"app_ids\": []}",
                "{\"app_ids\": [\"" + apps.get(0) + "\", \"g2b3c4d5-e6f7-8901-bcde-f12345678901\"]}",
                "{\"app_ids\": [\"" + apps.get(0) + "\", 42]}",
                "{\"app_ids\": [\"" + apps.get(0) + "\"], \"extra\": 1}",
                Map.of("app_ids", tooMany),
                "[\"" + apps.get(0) + "\"]");
        Map<String, Object> before = app(apps.get(0));
        for (Object body : bodies) {
            for (String action : List.of("favorites", "favorites/remove", "approve", "reject")) {
                bulk(action, body).statusCode(400).body("error.code", equalTo("invalid_request"));
            }
        }
        assertThat(app(apps.get(0))).isEqualTo(before);
    }

    @Test
    void exactlyOneThousandIdsAreAccepted() {
        List<String> ids = new ArrayList<>(apps);
        while (ids.size() < 1000) {
            ids.add(UUID.randomUUID().toString());
        }
        bulk("favorites", Map.of("app_ids", ids)).statusCode(200)
                .body("succeeded.size()", equalTo(4)).body("failed.size()", equalTo(996));
    }
}
