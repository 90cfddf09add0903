package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Update App (seed 002, CONTRACT §4). */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class UpdateAppTest {

    private String client;
    private String app;
    private String path;

    @BeforeEach
    void newApp() {
        client = Api.createClient(Api.unique("Patcher"));
        app = Api.addApp(client, Api.createCatalogApp(Api.unique("Slack")), false, false, 7);
        path = "/v2/clients/" + client + "/apps/" + app;
    }

    private ValidatableResponse patch(String body) {
        return operator().contentType("application/json").body(body).patch(path).then();
    }

    private String current() {
        return operator().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theSeedsExampleRequestsEachChangeOnlyTheirFields() {
        patch("{\"is_favorite\": true}").statusCode(200).body("is_favorite", equalTo(true))
                .body("is_approved", equalTo(false)).body("license_count", equalTo(7));
        patch("{\"license_count\": 50}").statusCode(200).body("license_count", equalTo(50))
                .body("is_favorite", equalTo(true));
        patch("{\"license_count\": null}").statusCode(200).body("license_count", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("license_count"));
        patch("{\"is_approved\": true}").statusCode(200).body("is_approved", equalTo(true))
                .body("license_count", nullValue());
        patch("{\"is_favorite\": false, \"is_approved\": false, \"license_count\": 50}").statusCode(200)
                .body("is_favorite", equalTo(false)).body("is_approved", equalTo(false))
                .body("license_count", equalTo(50)).body("id", equalTo(app));
    }

    @Test
    void readOnlyFieldsAnswerExactlyLikeTheSeed() {
        Map<String, String> reasons = Map.of(
                "id", "Immutable identifier",
                "catalog_app", "Managed through the Catalog Apps domain",
                "created_at", "System-managed timestamp",
                "updated_at", "System-managed timestamp");
        String before = current();
        reasons.forEach((field, reason) -> patch("{\"is_favorite\": true, \"" + field + "\": {}}")
                .statusCode(400)
                .body("error.code", equalTo("invalid_request"))
                .body("error.message", equalTo("Field '" + field + "' cannot be updated via this endpoint"))
                .body("error.details.field", equalTo(field))
                .body("error.details.reason", equalTo(reason)));
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void wrongTypesUnknownFieldsAndBadCountsAre400AndChangeNothing() {
        String before = current();
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"is_favorite\": \"true\"}", "is_favorite must be a boolean value"),
                Map.entry("{\"is_favorite\": 1}", "is_favorite must be a boolean value"),
                Map.entry("{\"is_favorite\": null}", "is_favorite must be a boolean value"),
                Map.entry("{\"is_approved\": \"yes\"}", "is_approved must be a boolean value"),
                Map.entry("{\"license_count\": 5.5}", "license_count must be an integer"),
                Map.entry("{\"license_count\": 5.0}", "license_count must be an integer"),
                Map.entry("{\"license_count\": \"5\"}", "license_count must be an integer"),
                Map.entry("{\"license_count\": -1}", "license_count must be an integer"),
                Map.entry("{\"license_count\": 2147483648}", "license_count must be an integer"),
                Map.entry("{\"license_count\": 1e400}", "license_count must be an integer"),
                Map.entry("{\"isFavorite\": true}", "Unknown field 'isFavorite'"),
                Map.entry("{\"is_favorite\": true, \"license_count\": -1}", "license_count must be an integer"),
                Map.entry("[]", "Request body must be a JSON object"),
                Map.entry("true", "Request body must be a JSON object"),
                Map.entry("{\"is_favorite\": tru", "Request body is not valid JSON"));
        cases.forEach((body, message) -> patch(body).statusCode(400)
                .body("error.code", equalTo("invalid_request"))
                .body("error.message", org.hamcrest.Matchers.startsWith(message)));
        operator().contentType("application/json").patch(path).then().statusCode(400);
        operator().contentType("text/plain").body("{}").patch(path).then().statusCode(415)
                .body("error.code", equalTo("unsupported_media_type"));
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void largestCountAndMergePatchContentTypeAreAccepted() {
        patch("{\"license_count\": 2147483647}").statusCode(200).body("license_count", equalTo(2147483647));
        operator().contentType("application/merge-patch+json").body("{\"license_count\": 0}").patch(path)
                .then().statusCode(200).body("license_count", equalTo(0));
    }

    @Test
    void anEmptyObjectIsANoOpAndRepeatingAPatchGivesAnIdenticalBody() {
        String before = current();
        assertThat(patch("{}").statusCode(200).extract().asString()).isEqualTo(before);
        String first = patch("{\"is_favorite\": true, \"license_count\": 9}").statusCode(200).extract().asString();
        String second = patch("{\"is_favorite\": true, \"license_count\": 9}").statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(current()).isEqualTo(first);
    }

    @Test
    void updatedAtMovesOnlyWhenAValueReallyChanges() throws InterruptedException {
        String createdUpdatedAt = operator().get(path).then().extract().path("updated_at");
        Thread.sleep(5);
        patch("{\"is_favorite\": false, \"license_count\": 7}").statusCode(200)
                .body("updated_at", equalTo(createdUpdatedAt));
        String moved = patch("{\"is_approved\": true}").statusCode(200).extract().path("updated_at");
        assertThat(moved).isGreaterThan(createdUpdatedAt);
    }

    @Test
    void absentLicenseCountIsLeftAloneWhileNullClearsIt() {
        patch("{\"is_favorite\": true}").body("license_count", equalTo(7));
        patch("{\"license_count\": null}").body("license_count", nullValue());
    }

    @Test
    void unknownAndMalformedAppIdsAre404() {
        operator().contentType("application/json").body("{}")
                .patch("/v2/clients/" + client + "/apps/ffffffff-ffff-ffff-ffff-ffffffffffff").then()
                .statusCode(404).body("error.message", equalTo("App not found"))
                .body("error.details.app_id", equalTo("ffffffff-ffff-ffff-ffff-ffffffffffff"));
        operator().contentType("application/json").body("{}")
                .patch("/v2/clients/" + client + "/apps/g2b3c4d5-e6f7-8901-bcde-f12345678901").then()
                .statusCode(404).body("error.message", equalTo("App not found"));
    }
}
