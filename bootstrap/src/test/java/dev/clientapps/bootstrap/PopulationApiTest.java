package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.as;
import static dev.clientapps.bootstrap.support.Api.json;
import static dev.clientapps.bootstrap.support.Api.operator;
import static dev.clientapps.bootstrap.support.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class PopulationApiTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void registeringAClientAnswers201WithLocationAndTheClient() {
        String name = unique("Acme");
        String id = json(TestTokens.operator(), Map.of("name", name))
                .post("/v2/clients")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v2/clients/" + UUID_PATTERN))
                .body("name", equalTo(name))
                .body("created_at", matchesPattern(TIMESTAMP))
                .body("updated_at", matchesPattern(TIMESTAMP))
                .extract().path("id");
        operator().get("/v2/clients/" + id).then().statusCode(200).body("id", equalTo(id)).body("name", equalTo(name));
    }

    @Test
    void registeringAClientUnderAGivenIdTwiceIsAConflict() {
        String id = UUID.randomUUID().toString();
        json(TestTokens.operator(), Map.of("id", id, "name", "First")).post("/v2/clients")
                .then().statusCode(201).header("Location", endsWith("/v2/clients/" + id)).body("id", equalTo(id));
        json(TestTokens.operator(), Map.of("id", id, "name", "Second")).post("/v2/clients")
                .then().statusCode(409).body("error.code", equalTo("conflict"));
        operator().get("/v2/clients/" + id).then().body("name", equalTo("First"));
    }

    @Test
    void registeringAClientWithoutNameOrWithWrongTypesIs400() {
        json(TestTokens.operator(), Map.of()).post("/v2/clients")
                .then().statusCode(400).body("error.code", equalTo("invalid_request"))
                .body("error.message", equalTo("name is required"));
        json(TestTokens.operator(), Map.of("name", "   ")).post("/v2/clients")
                .then().statusCode(400).body("error.details.field", equalTo("name"));
        json(TestTokens.operator(), Map.of("name", 12)).post("/v2/clients")
                .then().statusCode(400).body("error.message", equalTo("name must be a string"));
        json(TestTokens.operator(), Map.of("name", "x", "id", "not-a-uuid")).post("/v2/clients")
                .then().statusCode(400).body("error.message", equalTo("id must be a uuid string"));
        json(TestTokens.operator(), Map.of("name", "x", "colour", "red")).post("/v2/clients")
                .then().statusCode(400).body("error.message", equalTo("Unknown field 'colour'"));
    }

    @Test
    void gettingAnUnknownOrMalformedClientIs404() {
        operator().get("/v2/clients/" + UUID.randomUUID()).then().statusCode(404)
                .body("error.code", equalTo("not_found")).body("error.message", equalTo("Client not found"));
        operator().get("/v2/clients/not-a-uuid").then().statusCode(404)
                .body("error.message", equalTo("Client not found"));
    }

    @Test
    void aCatalogAppWithVendorAndCategoriesComesBackWhole() {
        String vendor = Api.createVendor(unique("Vendor"));
        String design = Api.createCategory("Design " + UUID.randomUUID());
        String analytics = Api.createCategory("Analytics " + UUID.randomUUID());
        Map<String, Object> body = new HashMap<>();
        body.put("canonical_name", "Figma");
        body.put("description", "Collaborative design");
        body.put("display_colour", "#F24E1E");
        body.put("logo", "https://cdn.example.com/logos/figma.png");
        body.put("type", "browser");
        body.put("vendor_id", vendor);
        body.put("category_ids", List.of(design, analytics, design));
        String id = json(TestTokens.operator(), body).post("/v2/catalog/apps")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v2/catalog/apps/" + UUID_PATTERN))
                .body("canonical_name", equalTo("Figma"))
                .body("display_colour", equalTo("#F24E1E"))
                .body("vendor.id", equalTo(vendor))
                .body("categories.id", containsInAnyOrder(design, analytics))
                .extract().path("id");
        operator().get("/v2/catalog/apps/" + id).then().statusCode(200)
                .body("categories.name", equalTo(List.of(
                        as(TestTokens.operator()).get("/v2/catalog/categories/" + analytics).path("name"),
                        as(TestTokens.operator()).get("/v2/catalog/categories/" + design).path("name"))));
    }

    @Test
    void aBareCatalogAppHasNullsAndNoCategories() {
        String id = Api.createCatalogApp("Custom Internal Tool");
        operator().get("/v2/catalog/apps/" + id).then().statusCode(200)
                .body("description", nullValue())
                .body("display_colour", nullValue())
                .body("logo", nullValue())
                .body("type", nullValue())
                .body("vendor", nullValue())
                .body("categories", emptyIterable())
                .body("$", org.hamcrest.Matchers.hasKey("vendor"))
                .body("created_at", matchesPattern(TIMESTAMP));
    }

    @Test
    void catalogAppsReferringToUnknownVendorsOrCategoriesAre400() {
        json(TestTokens.operator(), Map.of("canonical_name", "X", "vendor_id", UUID.randomUUID().toString()))
                .post("/v2/catalog/apps").then().statusCode(400)
                .body("error.code", equalTo("invalid_request")).body("error.details.field", equalTo("vendor_id"));
        json(TestTokens.operator(), Map.of("canonical_name", "X", "category_ids", List.of(UUID.randomUUID().toString())))
                .post("/v2/catalog/apps").then().statusCode(400).body("error.details.field", equalTo("category_ids"));
        json(TestTokens.operator(), Map.of("description", "no name")).post("/v2/catalog/apps")
                .then().statusCode(400).body("error.message", equalTo("canonical_name is required"));
        json(TestTokens.operator(), Map.of("canonical_name", "X", "display_colour", "red")).post("/v2/catalog/apps")
                .then().statusCode(400).body("error.details.field", equalTo("display_colour"));
    }

    @Test
    void patchingACatalogAppChangesOnlyTheGivenFieldsAndRenamesEverywhere() {
        String vendor = Api.createVendor(unique("Vendor"));
        String id = Api.createCatalogApp("Old Name", "desktop", vendor, List.of());
        String client = Api.createClient(unique("Client"));
        String app = Api.addApp(client, id);
        Map<String, Object> patch = new HashMap<>();
        patch.put("canonical_name", "New Name");
        patch.put("vendor_id", null);
        json(TestTokens.operator(), patch).patch("/v2/catalog/apps/" + id).then().statusCode(200)
                .body("canonical_name", equalTo("New Name"))
                .body("type", equalTo("desktop"))
                .body("vendor", nullValue());
        operator().get("/v2/clients/" + client + "/apps/" + app).then()
                .body("catalog_app.canonical_name", equalTo("New Name"));
        operator().queryParam("q", "new name").get("/v2/clients/" + client + "/apps").then().body("total_count", equalTo(1));
        json(TestTokens.operator(), Map.of("canonical_name", "X")).patch("/v2/catalog/apps/" + UUID.randomUUID())
                .then().statusCode(404).body("error.message", equalTo("Catalog app not found"));
    }

    @Test
    void addingAnAppIsIdempotentPerCatalogApp() {
        String client = Api.createClient(unique("Client"));
        String catalogApp = Api.createCatalogApp(unique("App"));
        String id = json(TestTokens.operator(), Map.of("catalog_app_id", catalogApp, "license_count", 7))
                .post("/v2/clients/" + client + "/apps")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v2/clients/" + client + "/apps/" + UUID_PATTERN))
                .body("is_favorite", equalTo(false))
                .body("is_approved", equalTo(false))
                .body("license_count", equalTo(7))
                .body("catalog_app.id", equalTo(catalogApp))
                .extract().path("id");
        json(TestTokens.operator(), Map.of("catalog_app_id", catalogApp, "is_favorite", true))
                .post("/v2/clients/" + client + "/apps")
                .then().statusCode(200).body("id", equalTo(id)).body("is_favorite", equalTo(false))
                .body("license_count", equalTo(7));
    }

    @Test
    void addingAnUnknownCatalogAppIs400AndBadFlagsAre400() {
        String client = Api.createClient(unique("Client"));
        json(TestTokens.operator(), Map.of("catalog_app_id", UUID.randomUUID().toString()))
                .post("/v2/clients/" + client + "/apps")
                .then().statusCode(400).body("error.details.field", equalTo("catalog_app_id"));
        String catalogApp = Api.createCatalogApp(unique("App"));
        json(TestTokens.operator(), Map.of("catalog_app_id", catalogApp, "license_count", -1))
                .post("/v2/clients/" + client + "/apps").then().statusCode(400);
        json(TestTokens.operator(), Map.of("catalog_app_id", catalogApp, "is_favorite", "yes"))
                .post("/v2/clients/" + client + "/apps").then().statusCode(400)
                .body("error.message", equalTo("is_favorite must be a boolean value"));
    }

    @Test
    void removingAnAppAnswers204ThenItIsGoneAndCanBeAddedAgainAsANewApp() {
        String client = Api.createClient(unique("Client"));
        String catalogApp = Api.createCatalogApp(unique("App"));
        String id = Api.addApp(client, catalogApp);
        operator().delete("/v2/clients/" + client + "/apps/" + id).then().statusCode(204);
        operator().get("/v2/clients/" + client + "/apps/" + id).then().statusCode(404)
                .body("error.message", equalTo("App not found")).body("error.details.app_id", equalTo(id));
        operator().delete("/v2/clients/" + client + "/apps/" + id).then().statusCode(404);
        String again = Api.addApp(client, catalogApp);
        org.assertj.core.api.Assertions.assertThat(again).isNotEqualTo(id);
    }

    @Test
    void vendorsAndCategoriesAreCreatedWithLocationAndReadable() {
        String vendorName = unique("Vendor");
        String location = json(TestTokens.operator(), Map.of("name", vendorName, "url", "https://v.example.com"))
                .post("/v2/catalog/vendors").then().statusCode(201)
                .body("name", equalTo(vendorName)).body("url", equalTo("https://v.example.com"))
                .extract().header("Location");
        operator().get(location).then().statusCode(200).body("name", equalTo(vendorName));
        json(TestTokens.operator(), Map.of("name", "V", "url", "ftp://nope")).post("/v2/catalog/vendors")
                .then().statusCode(400).body("error.details.field", equalTo("url"));
        String categoryLocation = json(TestTokens.operator(), Map.of("name", "Security"))
                .post("/v2/catalog/categories").then().statusCode(201).extract().header("Location");
        operator().get(categoryLocation).then().statusCode(200).body("name", equalTo("Security"));
        operator().contentType(ContentType.JSON).body("{}").post("/v2/catalog/categories")
                .then().statusCode(400).body("error.message", equalTo("name is required"));
    }
}
