package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** List and Get Catalog Apps (CONTRACT §2, §3): the same rules as List Apps over the shared catalog. */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class CatalogListTest {

    private static List<String> walk(Map<String, ?> params, int pageSize) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(TestTokens.token("")).queryParams(params).queryParam("page_size", pageSize);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v2/catalog/apps").then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("data.canonical_name"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return names;
    }

    @Test
    void filtersSortsAndPagesTheCatalogWithAnyValidToken() {
        String vendor = Api.createVendor(Api.unique("Catalog vendor"));
        String category = Api.createCategory(Api.unique("Catalog category"));
        String tag = "zq" + System.nanoTime();
        for (String name : List.of("b", "A", "c", "D", "e")) {
            Api.createCatalogApp(tag + " " + name, name.equals("c") ? "mobile" : "browser", vendor, List.of(category));
        }
        Api.createCatalogApp(tag + " unrelated");

        assertThat(walk(Map.of("vendor_id", vendor), 2))
                .containsExactly(tag + " A", tag + " b", tag + " c", tag + " D", tag + " e");
        assertThat(walk(Map.of("category_id", category, "sort_order", "desc"), 3))
                .containsExactly(tag + " e", tag + " D", tag + " c", tag + " b", tag + " A");
        assertThat(walk(Map.of("vendor_id", vendor, "type", "mobile"), 1)).containsExactly(tag + " c");
        assertThat(walk(Map.of("q", tag.toUpperCase()), 4)).hasSize(6);
        assertThat(walk(Map.of("q", tag, "sort_by", "created_at"), 4)).hasSize(6).startsWith(tag + " b");
        Api.as(TestTokens.token("")).queryParam("vendor_id", vendor).get("/v2/catalog/apps")
                .then().body("total_count", equalTo(5));
    }

    @Test
    void badParametersAndUnknownIdsAreRefused() {
        operator().get("/v2/catalog/apps?sort_by=popularity").then().statusCode(400)
                .body("error.message", equalTo("sort_by must be one of: canonical_name, created_at, updated_at"));
        operator().get("/v2/catalog/apps?page_size=0").then().statusCode(400)
                .body("error.details.parameter", equalTo("page_size"));
        String cursor = operator().get("/v2/catalog/apps?page_size=1").then().extract().path("next_cursor");
        operator().queryParam("cursor", cursor).queryParam("type", "browser").get("/v2/catalog/apps")
                .then().statusCode(400).body("error.details.parameter", equalTo("cursor"));
        operator().get("/v2/catalog/apps/ffffffff-ffff-ffff-ffff-ffffffffffff").then().statusCode(404)
                .body("error.message", equalTo("Catalog app not found"));
        operator().get("/v2/catalog/apps/nope").then().statusCode(404);
    }
}
