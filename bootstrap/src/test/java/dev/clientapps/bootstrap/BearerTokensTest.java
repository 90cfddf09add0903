package dev.clientapps.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The access check reads and verifies the bearer token itself (BearerTokens) instead of through a
 * Quarkus SecurityIdentity: the same header rules as smallrye-jwt's mechanism, the same verifier,
 * and byte for byte the same 401 as before.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class BearerTokensTest {

    private static final String UNAUTHORIZED = "{\"error\":{\"code\":\"unauthorized\",\"message\":\"A valid bearer token is required\"}}";

    private static void refusedExactly(Response response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.asString()).isEqualTo(UNAUTHORIZED);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.header("X-Request-Id")).isEqualTo("bearer-check");
    }

    private static Response get(String path, String authorization) {
        var request = given().header("X-Request-Id", "bearer-check");
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.get(path);
    }

    @Test
    void everyMissingOrFailingTokenGetsTheSame401Envelope() {
        String client = Api.createClient(Api.unique("Bearer"));
        String apps = "/v2/clients/" + client + "/apps";
        String scope = TestTokens.ALL_SCOPES;
        refusedExactly(get(apps, null));
        refusedExactly(get(apps, "Basic YWJjOmRlZg=="));
        refusedExactly(get(apps, "Bearer"));
        refusedExactly(get(apps, "Bearer not.a.token"));
        refusedExactly(get(apps, "Bearer  " + TestTokens.operator()));
        refusedExactly(get(apps, "Bearer " + TestTokens.expired(scope, client)));
        refusedExactly(get(apps, "Bearer " + TestTokens.wrongIssuer(scope, client)));
        refusedExactly(get(apps, "Bearer " + TestTokens.wrongKey(scope, client)));
        refusedExactly(get("/v2/catalog/apps", "Bearer " + TestTokens.wrongKey(scope, client)));
    }

    @Test
    void theSchemeIsMatchedWithoutRegardToCaseAsBySmallRyeJwt() {
        String client = Api.createClient(Api.unique("Scheme"));
        String token = TestTokens.token("apps:read", client);
        assertThat(get("/v2/clients/" + client + "/apps", "bearer " + token).statusCode()).isEqualTo(200);
        assertThat(get("/v2/clients/" + client + "/apps", "BEARER " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void twoValidTokensInTurnEachGetOnlyTheirOwnClients() {
        String first = Api.createClient(Api.unique("First"));
        String second = Api.createClient(Api.unique("Second"));
        String firstToken = TestTokens.token("apps:read", first);
        String secondToken = TestTokens.token("apps:read", second);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/v2/clients/" + first + "/apps", "Bearer " + firstToken).statusCode()).isEqualTo(200);
            assertThat(get("/v2/clients/" + second + "/apps", "Bearer " + firstToken).statusCode()).isEqualTo(403);
            assertThat(get("/v2/clients/" + second + "/apps", "Bearer " + secondToken).statusCode()).isEqualTo(200);
            assertThat(get("/v2/clients/" + first + "/apps", "Bearer " + secondToken).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aTokenIsRefusedFromTheSecondItExpiresWithoutLeeway() {
        String client = Api.createClient(Api.unique("Expiry"));
        String apps = "/v2/clients/" + client + "/apps";
        // a few seconds past exp: within smallrye-jwt's 60 s of clock-skew leeway, refused all the same
        refusedExactly(get(apps, "Bearer " + TestTokens.expiringAt(Instant.now().minusSeconds(3), "apps:read", client)));

        // used (and so remembered) while valid, refused once exp is reached
        Instant expiresAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String token = "Bearer " + TestTokens.expiringAt(expiresAt, "apps:read", client);
        assertThat(get(apps, token).statusCode()).isEqualTo(200);
        await(expiresAt.plusMillis(200));
        refusedExactly(get(apps, token));
    }

    private static void await(Instant instant) {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aChangeIsRecordedWithTheSubjectOfTheTokenThatMadeIt() {
        String client = Api.createClient(Api.unique("Actor"));
        String subject = "actor-" + UUID.randomUUID() + "@example.test";
        String token = TestTokens.operator(subject);
        String catalogApp = Api.createCatalogApp(Api.unique("Audited"));
        String app = Api.json(token, Map.of("catalog_app_id", catalogApp)).post("/v2/clients/" + client + "/apps")
                .then().statusCode(201).extract().path("id");
        Api.json(token, Map.of("app_ids", List.of(app))).post("/v2/clients/" + client + "/apps/favorites")
                .then().statusCode(200);
        List<String> actors = Api.as(token).get("/v2/clients/" + client + "/audit-events").then().statusCode(200)
                .extract().path("data.actor");
        assertThat(actors).hasSize(2).allMatch(subject::equals);
    }
}
