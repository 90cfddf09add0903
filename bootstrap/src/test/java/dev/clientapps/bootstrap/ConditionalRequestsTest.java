package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strong ETags on Get App and Update App; If-None-Match → 304, If-Match mismatch → 412 (CONTRACT §9). */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ConditionalRequestsTest {

    private String client;
    private String catalogApp;
    private String app;
    private String path;

    @BeforeEach
    void newApp() {
        client = Api.createClient(Api.unique("Conditional"));
        catalogApp = Api.createCatalogApp(Api.unique("App"));
        app = Api.addApp(client, catalogApp);
        path = "/v2/clients/" + client + "/apps/" + app;
    }

    private String etag() {
        return operator().get(path).then().statusCode(200).extract().header("ETag");
    }

    private Response patch(String ifMatch, String body) {
        var request = operator().contentType("application/json").body(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch(path);
    }

    @Test
    void getAnswers304WithoutABodyWhileTheTagIsCurrent() {
        String etag = etag();
        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(etag()).isEqualTo(etag);

        Response notModified = operator().header("If-None-Match", etag).get(path);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.asByteArray()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        operator().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
        operator().header("If-None-Match", "*").get(path).then().statusCode(304);
        operator().header("If-None-Match", "\"other\"").get(path).then().statusCode(200).body("id", equalTo(app));
    }

    @Test
    void theTagChangesWithTheAppAndWithItsCatalogRecordButNotWithANoOp() {
        String first = etag();
        patch(null, "{\"is_favorite\": false}").then().statusCode(200).header("ETag", first);

        String afterPatch = patch(null, "{\"is_favorite\": true}").then().statusCode(200).extract().header("ETag");
        assertThat(afterPatch).isNotEqualTo(first).isEqualTo(etag());
        operator().header("If-None-Match", first).get(path).then().statusCode(200);

        operator().contentType("application/json").body(Map.of("description", "Revised"))
                .patch("/v2/catalog/apps/" + catalogApp).then().statusCode(200);
        assertThat(etag()).isNotEqualTo(afterPatch);
    }

    @Test
    void aMatchingIfMatchApplies() {
        String etag = etag();
        String updated = patch(etag, "{\"license_count\": 7}").then().statusCode(200)
                .body("license_count", equalTo(7)).extract().header("ETag");
        assertThat(updated).isEqualTo(etag());
        patch("*", "{\"license_count\": 8}").then().statusCode(200).body("license_count", equalTo(8));
        patch("\"stale\", " + etag(), "{\"license_count\": 9}").then().statusCode(200);
    }

    @Test
    void aStaleWeakOrMalformedIfMatchIs412AndChangesNothing() {
        String stale = etag();
        patch(null, "{\"license_count\": 1}").then().statusCode(200);
        String current = etag();

        for (String ifMatch : List.of(stale, "W/" + current, current.replace("\"", ""), "\"\"")) {
            patch(ifMatch, "{\"license_count\": 2}").then().statusCode(412)
                    .body("error.code", equalTo("precondition_failed"));
        }
        operator().get(path).then().statusCode(200).body("license_count", equalTo(1)).header("ETag", current);
        assertThat(operator().get("/v2/clients/" + client + "/audit-events?app_id=" + app).then().statusCode(200)
                .extract().jsonPath().getList("data")).hasSize(2);
    }

    @Test
    void ofTwoConcurrentPatchesWithTheSameIfMatchExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String etag = etag();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    String body = "{\"license_count\": " + (round * 10 + writer) + "}";
                    results.add(pool.submit(() -> {
                        start.await();
                        return patch(etag, body).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 412);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
