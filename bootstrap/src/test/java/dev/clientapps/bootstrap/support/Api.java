package dev.clientapps.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for the test data, made through the API itself, and request specs for the token kinds. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification operator() {
        return as(TestTokens.operator());
    }

    public static RequestSpecification json(String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body);
    }

    public static String createClient(String name) {
        return json(TestTokens.operator(), Map.of("name", name))
                .post("/v2/clients").then().statusCode(201).extract().path("id");
    }

    public static String createVendor(String name) {
        return json(TestTokens.operator(), Map.of("name", name, "url", "https://" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example.com"))
                .post("/v2/catalog/vendors").then().statusCode(201).extract().path("id");
    }

    public static String createCategory(String name) {
        return json(TestTokens.operator(), Map.of("name", name))
                .post("/v2/catalog/categories").then().statusCode(201).extract().path("id");
    }

    /** A catalog app; {@code vendorId} may be null, {@code categoryIds} empty. */
    public static String createCatalogApp(String name, String type, String vendorId, List<String> categoryIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("canonical_name", name);
        body.put("type", type);
        body.put("vendor_id", vendorId);
        body.put("category_ids", categoryIds);
        return json(TestTokens.operator(), body)
                .post("/v2/catalog/apps").then().statusCode(201).extract().path("id");
    }

    public static String createCatalogApp(String name) {
        return createCatalogApp(name, null, null, List.of());
    }

    /** Adds a catalog app to a client's inventory with the given initial flags. */
    public static String addApp(String clientId, String catalogAppId, boolean favorite, boolean approved,
                                Integer licenseCount) {
        Map<String, Object> body = new HashMap<>();
        body.put("catalog_app_id", catalogAppId);
        body.put("is_favorite", favorite);
        body.put("is_approved", approved);
        body.put("license_count", licenseCount);
        return json(TestTokens.operator(), body)
                .post("/v2/clients/" + clientId + "/apps").then().statusCode(201).extract().path("id");
    }

    public static String addApp(String clientId, String catalogAppId) {
        return addApp(clientId, catalogAppId, false, false, null);
    }

    /** {@code count} new catalog apps, each added to the client's inventory with default flags; their ids there. */
    public static List<String> addNewApps(String clientId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(addApp(clientId, createCatalogApp(unique("App"))));
        }
        return ids;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
