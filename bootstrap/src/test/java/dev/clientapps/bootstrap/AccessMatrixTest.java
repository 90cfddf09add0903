package dev.clientapps.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant-isolation matrix (CONTRACT §7): every endpoint and method, against every kind of
 * token that must be refused, with the exact status and envelope — and the one that must pass.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class AccessMatrixTest {

    /** What one endpoint needs: its own client with an app, and another client's app. */
    record Fixture(String client, String app, String otherApp, String catalogApp, String freeCatalogApp,
                   String vendor, String category) {

        static Fixture create() {
            String client = Api.createClient(Api.unique("Tenant"));
            String other = Api.createClient(Api.unique("Other tenant"));
            String catalogApp = Api.createCatalogApp(Api.unique("App"));
            return new Fixture(client, Api.addApp(client, catalogApp), Api.addApp(other, catalogApp), catalogApp,
                    Api.createCatalogApp(Api.unique("Free app")), Api.createVendor(Api.unique("Vendor")),
                    Api.createCategory(Api.unique("Category")));
        }
    }

    /** {@code scope} null: any valid token. {@code path} and {@code body} are computed from a fixture. */
    record Endpoint(String method, String template, String scope, Function<Fixture, String> path,
                    Function<Fixture, Object> body, int success) {

        boolean clientScoped() {
            return template.contains("{client_id}");
        }

        boolean appScoped() {
            return template.contains("{app_id}");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", "/v2/clients/{client_id}/apps", "apps:read",
                        f -> "/v2/clients/" + f.client() + "/apps", f -> null, 200),
                new Endpoint("GET", "/v2/clients/{client_id}/apps/{app_id}", "apps:read",
                        f -> "/v2/clients/" + f.client() + "/apps/" + f.app(), f -> null, 200),
                new Endpoint("PATCH", "/v2/clients/{client_id}/apps/{app_id}", "apps:write",
                        f -> "/v2/clients/" + f.client() + "/apps/" + f.app(), f -> Map.of("is_favorite", true), 200),
                new Endpoint("DELETE", "/v2/clients/{client_id}/apps/{app_id}", "inventory:write",
                        f -> "/v2/clients/" + f.client() + "/apps/" + f.app(), f -> null, 204),
                new Endpoint("POST", "/v2/clients/{client_id}/apps", "inventory:write",
                        f -> "/v2/clients/" + f.client() + "/apps", f -> Map.of("catalog_app_id", f.freeCatalogApp()), 201),
                bulk("/favorites"), bulk("/favorites/remove"), bulk("/approve"), bulk("/reject"),
                new Endpoint("GET", "/v2/clients/{client_id}/audit-events", "audit:read",
                        f -> "/v2/clients/" + f.client() + "/audit-events", f -> null, 200),
                new Endpoint("GET", "/v2/clients/{client_id}", "apps:read",
                        f -> "/v2/clients/" + f.client(), f -> null, 200),
                new Endpoint("POST", "/v2/clients", "clients:write",
                        f -> "/v2/clients", f -> Map.of("name", "New tenant"), 201),
                new Endpoint("GET", "/v2/catalog/apps", null, f -> "/v2/catalog/apps", f -> null, 200),
                new Endpoint("GET", "/v2/catalog/apps/{catalog_app_id}", null,
                        f -> "/v2/catalog/apps/" + f.catalogApp(), f -> null, 200),
                new Endpoint("GET", "/v2/catalog/vendors/{vendor_id}", null,
                        f -> "/v2/catalog/vendors/" + f.vendor(), f -> null, 200),
                new Endpoint("GET", "/v2/catalog/categories/{category_id}", null,
                        f -> "/v2/catalog/categories/" + f.category(), f -> null, 200),
                new Endpoint("POST", "/v2/catalog/apps", "catalog:write",
                        f -> "/v2/catalog/apps", f -> Map.of("canonical_name", "Created"), 201),
                new Endpoint("PATCH", "/v2/catalog/apps/{catalog_app_id}", "catalog:write",
                        f -> "/v2/catalog/apps/" + f.catalogApp(), f -> Map.of("description", "Revised"), 200),
                new Endpoint("POST", "/v2/catalog/vendors", "catalog:write",
                        f -> "/v2/catalog/vendors", f -> Map.of("name", "Created"), 201),
                new Endpoint("POST", "/v2/catalog/categories", "catalog:write",
                        f -> "/v2/catalog/categories", f -> Map.of("name", "Created"), 201));
    }

    private static Endpoint bulk(String suffix) {
        return new Endpoint("POST", "/v2/clients/{client_id}/apps" + suffix, "apps:write",
                f -> "/v2/clients/" + f.client() + "/apps" + suffix, f -> Map.of("app_ids", List.of(f.app())), 200);
    }

    private static Response call(Endpoint endpoint, Fixture fixture, String token, String path) {
        RequestSpecification request = token == null ? given() : given().header("Authorization", "Bearer " + token);
        Object body = endpoint.body().apply(fixture);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.request(endpoint.method(), path);
    }

    private static Response call(Endpoint endpoint, Fixture fixture, String token) {
        return call(endpoint, fixture, token, endpoint.path().apply(fixture));
    }

    private static void refused(Response response, int status, String code) {
        response.then().statusCode(status)
                .body("error.code", equalTo(code))
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        if (status == 401) {
            response.then().header("WWW-Authenticate", startsWith("Bearer"));
        }
    }

    private static String allScopesBut(String scope) {
        return Arrays.stream(TestTokens.ALL_SCOPES.split(" ")).filter(s -> !s.equals(scope))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void invalidOrMissingTokensAre401(Endpoint endpoint) {
        Fixture f = Fixture.create();
        String scope = TestTokens.ALL_SCOPES;
        refused(call(endpoint, f, null), 401, "unauthorized");
        refused(call(endpoint, f, "not.a.token"), 401, "unauthorized");
        refused(call(endpoint, f, TestTokens.expired(scope, f.client())), 401, "unauthorized");
        refused(call(endpoint, f, TestTokens.wrongIssuer(scope, f.client())), 401, "unauthorized");
        refused(call(endpoint, f, TestTokens.wrongKey(scope, f.client())), 401, "unauthorized");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenForAnotherClientIs403WhetherOrNotTheClientExists(Endpoint endpoint) {
        if (!endpoint.clientScoped()) {
            return;
        }
        Fixture f = Fixture.create();
        String otherClients = TestTokens.token(TestTokens.ALL_SCOPES, UUID.randomUUID().toString());
        refused(call(endpoint, f, otherClients), 403, "forbidden");
        String missingClientPath = endpoint.path().apply(f).replace(f.client(), UUID.randomUUID().toString());
        refused(call(endpoint, f, otherClients, missingClientPath), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenWithoutTheScopeIs403(Endpoint endpoint) {
        if (endpoint.scope() == null) {
            return;
        }
        Fixture f = Fixture.create();
        refused(call(endpoint, f, TestTokens.token(allScopesBut(endpoint.scope()), f.client())), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aReadOnlyTokenReadsAndNothingElse(Endpoint endpoint) {
        Fixture f = Fixture.create();
        Response response = call(endpoint, f, TestTokens.token("apps:read", f.client()));
        if (endpoint.scope() == null || endpoint.scope().equals("apps:read")) {
            response.then().statusCode(endpoint.success());
        } else {
            refused(response, 403, "forbidden");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aPermittedButUnknownClientIs404(Endpoint endpoint) {
        if (!endpoint.clientScoped()) {
            return;
        }
        Fixture f = Fixture.create();
        String path = endpoint.path().apply(f).replace(f.client(), UUID.randomUUID().toString());
        refused(call(endpoint, f, TestTokens.operator(), path), 404, "not_found");
        call(endpoint, f, TestTokens.operator(), path).then().body("error.message", equalTo("Client not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherClientsAppIsNotFoundAndUntouched(Endpoint endpoint) {
        if (!endpoint.appScoped()) {
            return;
        }
        Fixture f = Fixture.create();
        String path = endpoint.path().apply(f).replace(f.app(), f.otherApp());
        Response response = call(endpoint, f, TestTokens.token(TestTokens.ALL_SCOPES, f.client()), path);
        refused(response, 404, "not_found");
        response.then().body("error.message", equalTo("App not found"));
        Api.operator().get("/v2/catalog/apps/" + f.catalogApp()).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenWithTheScopeForTheClientSucceeds(Endpoint endpoint) {
        Fixture f = Fixture.create();
        String scope = endpoint.scope() == null ? "" : endpoint.scope();
        call(endpoint, f, TestTokens.token(scope, f.client())).then().statusCode(endpoint.success());
    }
}
