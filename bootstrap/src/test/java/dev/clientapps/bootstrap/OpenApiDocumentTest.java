package dev.clientapps.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.adapter.rest.AppsResource;
import dev.clientapps.adapter.rest.AuditResource;
import dev.clientapps.adapter.rest.CatalogResource;
import dev.clientapps.adapter.rest.ClientsResource;
import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document describes every endpoint the resources declare, with the scope
 * their @Access demands, so the document cannot lose or misstate an operation silently.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(AppsResource.class, CatalogResource.class,
            ClientsResource.class, AuditResource.class);
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class,
            "post", PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");

    /** "get /v2/clients/{client_id}/apps" → the scope the resource method demands ("" for any valid token). */
    private static Map<String, String> declaredOperations() {
        Map<String, String> operations = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                METHODS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path path = method.getAnnotation(Path.class);
                        String scope = method.getAnnotation(Access.class).value().claimValue();
                        operations.put(verb + " " + base + (path == null ? "" : path.value()), scope == null ? "" : scope);
                    }
                });
            }
        }
        return operations;
    }

    @Test
    void everyEndpointIsDocumentedWithItsScope() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, String> documented = new TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((verb, operation) -> {
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            assertThat(security).as("security of %s %s", verb, path).hasSize(1);
            List<String> scopes = security.get(0).get("bearer");
            documented.put(verb + " " + path, scopes.isEmpty() ? "" : String.join(" ", scopes));
        }));
        Map<String, String> declared = declaredOperations();
        assertThat(declared).hasSize(20);
        assertThat(documented).isEqualTo(declared);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsItsErrorsWithTheEnvelope() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((verb, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as("%s %s", verb, path).containsKeys("401", "403", "500", "503");
            if (path.contains("{")) {
                assertThat(responses).as("%s %s", verb, path).containsKey("404");
            }
            if (operation.containsKey("requestBody")) {
                assertThat(responses).as("%s %s", verb, path).containsKeys("400", "413", "415");
            }
        }));
        assertThat(document.getString("components.schemas.Error.required[0]")).isEqualTo("error");
        assertThat(document.getList("components.schemas.App.required"))
                .containsExactly("id", "catalog_app", "is_favorite", "is_approved", "license_count", "created_at",
                        "updated_at");
    }

    @Test
    void conditionalHeadersAndTheCsvExportAreDocumented() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().extract().jsonPath();
        String app = "paths.'/v2/clients/{client_id}/apps/{app_id}'";
        assertThat(document.getList(app + ".get.parameters.$ref")).contains("#/components/parameters/IfNoneMatch");
        assertThat(document.getMap(app + ".get.responses")).containsKey("304");
        assertThat(document.getList(app + ".patch.parameters.$ref")).contains("#/components/parameters/IfMatch");
        assertThat(document.getMap(app + ".patch.responses")).containsKey("412");
        assertThat(document.getMap("paths.'/v2/clients/{client_id}/apps'.get.responses.200.content"))
                .containsKeys("application/json", "text/csv");
    }
}
