package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** List Apps (seed 003, CONTRACT §3) against real PostgreSQL: filters, sorts, keyset pages, cursors. */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ListAppsTest {

    private static final String[] NAMES = {"alpha", "Beta", "MURAL", "Mural", "mural", "100% Pure", "under_score",
        "underXscore", "back\\slash", "Zoom", "zendesk", "Gamma", "delta", "Epsilon", "eta", "Theta", "iota"};

    private static String client;
    private static String vendorA;
    private static String vendorB;
    private static String categoryA;
    private static String categoryB;
    /** name → app id. */
    private static Map<String, String> apps;

    @BeforeEach
    void createInventoryOnce() {
        if (client != null) {
            return;
        }
        client = Api.createClient(Api.unique("Lister"));
        vendorA = Api.createVendor(Api.unique("Vendor A"));
        vendorB = Api.createVendor(Api.unique("Vendor B"));
        categoryA = Api.createCategory(Api.unique("Cat A"));
        categoryB = Api.createCategory(Api.unique("Cat B"));
        apps = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            String vendor = i % 3 == 0 ? null : (i % 3 == 1 ? vendorA : vendorB);
            List<String> categories = i % 2 == 0 ? List.of(categoryA) : List.of(categoryA, categoryB);
            String type = i % 4 == 0 ? "desktop" : "browser";
            String catalogApp = Api.createCatalogApp(NAMES[i], type, vendor, categories);
            apps.put(NAMES[i], Api.addApp(client, catalogApp, i % 2 == 0, i % 3 == 0, i % 5 == 0 ? null : i * 10));
        }
    }

    private static RequestSpecification list() {
        return operator().basePath("/v2/clients/" + client + "/apps");
    }

    /** Walks every page with {@code pageSize} and the given parameters; returns the items in order. */
    private static List<Map<String, Object>> walk(int pageSize, Map<String, ?> params) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        long total = -1;
        int pages = 0;
        do {
            RequestSpecification request = list().queryParams(params).queryParam("page_size", pageSize);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get().then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> data = page.getList("data");
            assertThat(data.size()).isLessThanOrEqualTo(pageSize);
            items.addAll(data);
            if (total >= 0) {
                assertThat(page.getLong("total_count")).as("total_count on every page").isEqualTo(total);
            }
            total = page.getLong("total_count");
            cursor = page.getString("next_cursor");
            assertThat(++pages).isLessThan(100);
        } while (cursor != null);
        assertThat(items).hasSize((int) total);
        return items;
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("catalog_app")).get("canonical_name");
    }

    private static Comparator<Map<String, Object>> by(Function<Map<String, Object>, String> key) {
        return Comparator.comparing(key).thenComparing(item -> (String) item.get("id"));
    }

    @Test
    void defaultOrderIsCaseInsensitiveNameThenId() {
        List<Map<String, Object>> items = walk(50, Map.of());
        assertThat(items).hasSize(NAMES.length);
        List<Map<String, Object>> expected = new ArrayList<>(items);
        expected.sort(by(item -> name(item).toLowerCase()));
        assertThat(ids(items)).containsExactlyElementsOf(ids(expected));
        assertThat(items.stream().filter(i -> name(i).equalsIgnoreCase("mural")).count()).isEqualTo(3);
    }

    @Test
    void everySortAndOrderWalksEveryItemExactlyOnceWithAnOddPageSize() {
        for (String sortBy : List.of("canonical_name", "created_at", "updated_at")) {
            Function<Map<String, Object>, String> key = sortBy.equals("canonical_name")
                    ? item -> name(item).toLowerCase() : item -> (String) item.get(sortBy);
            List<Map<String, Object>> asc = walk(3, Map.of("sort_by", sortBy, "sort_order", "asc"));
            List<Map<String, Object>> desc = walk(3, Map.of("sort_by", sortBy, "sort_order", "desc"));
            assertThat(new HashSet<>(ids(asc))).as(sortBy).hasSize(NAMES.length);
            List<Map<String, Object>> expected = new ArrayList<>(asc);
            expected.sort(by(key));
            assertThat(ids(asc)).as(sortBy + " asc").containsExactlyElementsOf(ids(expected));
            List<String> reversed = new ArrayList<>(ids(asc));
            java.util.Collections.reverse(reversed);
            assertThat(ids(desc)).as(sortBy + " desc reverses the whole order").containsExactlyElementsOf(reversed);
        }
    }

    @Test
    void theLastPageHasNoCursorEvenWhenExactlyFull() {
        list().queryParam("page_size", NAMES.length).get().then()
                .body("data.size()", equalTo(NAMES.length)).body("next_cursor", nullValue());
        assertThat(walk(NAMES.length, Map.of())).hasSize(NAMES.length);
        list().queryParam("q", "no such app anywhere").get().then()
                .body("data.size()", equalTo(0)).body("total_count", equalTo(0)).body("next_cursor", nullValue());
    }

    @Test
    void qMatchesCaseInsensitiveSubstringsWithWildcardsTakenLiterally() {
        assertThat(ids(walk(2, Map.of("q", "MUR")))).hasSize(3);
        assertThat(ids(walk(50, Map.of("q", "%")))).containsExactly(apps.get("100% Pure"));
        assertThat(ids(walk(50, Map.of("q", "_")))).containsExactly(apps.get("under_score"));
        assertThat(ids(walk(50, Map.of("q", "\\")))).containsExactly(apps.get("back\\slash"));
        assertThat(ids(walk(50, Map.of("q", "under_")))).containsExactly(apps.get("under_score"));
        assertThat(walk(50, Map.of("q", ""))).hasSize(NAMES.length);
    }

    /** How many of the created apps satisfy {@code rule}, by their creation index (see createInventoryOnce). */
    private static int created(java.util.function.IntPredicate rule) {
        return (int) java.util.stream.IntStream.range(0, NAMES.length).filter(rule).count();
    }

    @Test
    void everyFilterAloneAndCombinedMatchesWhatWasCreated() {
        java.util.function.IntPredicate favorite = i -> i % 2 == 0;
        java.util.function.IntPredicate approved = i -> i % 3 == 0;
        java.util.function.IntPredicate ofVendorA = i -> i % 3 == 1;
        java.util.function.IntPredicate ofVendorB = i -> i % 3 == 2;
        java.util.function.IntPredicate desktop = i -> i % 4 == 0;
        java.util.function.IntPredicate inCategoryB = i -> i % 2 == 1;

        assertThat(walk(4, Map.of("is_favorite", "true"))).hasSize(created(favorite))
                .allMatch(item -> item.get("is_favorite").equals(true));
        assertThat(walk(4, Map.of("is_favorite", "false"))).hasSize(created(favorite.negate()))
                .allMatch(item -> item.get("is_favorite").equals(false));
        assertThat(walk(4, Map.of("is_approved", "true"))).hasSize(created(approved))
                .allMatch(item -> item.get("is_approved").equals(true));
        assertThat(walk(4, Map.of("is_approved", "false"))).hasSize(created(approved.negate()));
        assertThat(walk(4, Map.of("vendor_id", vendorA))).hasSize(created(ofVendorA));
        assertThat(walk(4, Map.of("type", "desktop"))).hasSize(created(desktop));
        assertThat(walk(4, Map.of("category_id", categoryA))).hasSize(NAMES.length);
        assertThat(walk(4, Map.of("category_id", categoryB))).hasSize(created(inCategoryB));
        assertThat(walk(4, Map.of("category_id", categoryB, "is_approved", "true")))
                .hasSize(created(inCategoryB.and(approved)));
        assertThat(walk(2, Map.of("category_id", categoryA, "is_favorite", "true", "vendor_id", vendorB,
                "type", "browser", "is_approved", "false")))
                .hasSize(created(favorite.and(ofVendorB).and(desktop.negate()).and(approved.negate())))
                .isNotEmpty();
    }

    @Test
    void cursorsAreRefusedWhenTamperedMalformedOrReusedUnderOtherFiltersOrSort() {
        String cursor = list().queryParam("page_size", 2).get().then().extract().path("next_cursor");
        list().queryParam("cursor", cursor).queryParam("page_size", 5).get().then().statusCode(200);
        for (Map<String, String> other : List.of(Map.of("sort_by", "created_at"), Map.of("sort_order", "desc"),
                Map.of("is_favorite", "true"), Map.of("q", "a"), Map.of("category_id", categoryA))) {
            list().queryParams(other).queryParam("cursor", cursor).get().then().statusCode(400)
                    .body("error.code", equalTo("invalid_request")).body("error.details.parameter", equalTo("cursor"));
        }
        List<String> tampered = new ArrayList<>();
        for (int i = 0; i < cursor.length(); i++) {
            char replacement = cursor.charAt(i) == 'A' ? 'B' : 'A';
            tampered.add(cursor.substring(0, i) + replacement + cursor.substring(i + 1));
        }
        for (String bad : tampered) {
            list().queryParam("cursor", bad).get().then().statusCode(400);
        }
        for (String bad : List.of("garbage", "a.b.c", "!!!.???", "x".repeat(3000))) {
            list().queryParam("cursor", bad).get().then().statusCode(400).body("error.details.parameter", equalTo("cursor"));
        }
        String otherClient = Api.createClient(Api.unique("Other"));
        operator().queryParam("cursor", cursor).get("/v2/clients/" + otherClient + "/apps").then().statusCode(400);
    }

    @Test
    void badQueryParametersAre400NamingTheParameterAndTheAllowedValues() {
        Map<String, String> expectations = new LinkedHashMap<>();
        expectations.put("sort_by=name", "sort_by must be one of: canonical_name, created_at, updated_at");
        expectations.put("sort_order=up", "sort_order must be one of: asc, desc");
        expectations.put("page_size=0", "page_size must be an integer between 1 and 500");
        expectations.put("page_size=501", "page_size must be an integer between 1 and 500");
        expectations.put("page_size=-1", "page_size must be an integer between 1 and 500");
        expectations.put("page_size=2.5", "page_size must be an integer between 1 and 500");
        expectations.put("page_size=99999999999999", "page_size must be an integer between 1 and 500");
        expectations.put("page_size=", "page_size must not be empty");
        expectations.put("is_favorite=yes", "is_favorite must be one of: true, false");
        expectations.put("is_approved=1", "is_approved must be one of: true, false");
        expectations.put("is_favorite=", "is_favorite must not be empty");
        expectations.put("category_id=nope", "category_id must be a uuid");
        expectations.put("vendor_id=g2b3c4d5-e6f7-8901-bcde-f12345678901", "vendor_id must be a uuid");
        expectations.put("type=", "type must not be empty");
        expectations.put("cursor=", "cursor");
        expectations.put("is_favorite=true&is_favorite=false", "is_favorite must be given at most once");
        expectations.forEach((query, message) -> operator().urlEncodingEnabled(false)
                .get("/v2/clients/" + client + "/apps?" + query).then()
                .statusCode(400)
                .body("error.code", equalTo("invalid_request"))
                .body("error.message", containsString(message)));
        list().queryParam("unknown_parameter", "ignored").get().then().statusCode(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneAppHasExactlyTheSeedsShape() {
        Map<String, Object> app = list().queryParam("q", "Beta").get().then().statusCode(200)
                .extract().jsonPath().getMap("data[0]");
        assertThat(app.keySet()).containsExactly("id", "catalog_app", "is_favorite", "is_approved", "license_count",
                "created_at", "updated_at");
        Map<String, Object> catalog = (Map<String, Object>) app.get("catalog_app");
        assertThat(catalog.keySet()).containsExactly("id", "canonical_name", "description", "display_colour", "logo",
                "type", "vendor", "categories", "created_at", "updated_at");
        assertThat(((Map<String, Object>) catalog.get("vendor")).keySet()).containsExactly("id", "name", "url");
        assertThat(((List<Map<String, Object>>) catalog.get("categories")).get(0).keySet())
                .containsExactly("id", "name");
        assertThat((String) app.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(app.get("id")).isEqualTo(apps.get("Beta"));
        Map<String, Object> single = operator().get("/v2/clients/" + client + "/apps/" + apps.get("Beta"))
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(single).isEqualTo(app);
    }

    @Test
    void updatedAfterReturnsOnlyLaterChangesCombinedWithFiltersAndCursors() throws InterruptedException {
        List<Map<String, Object>> all = walk(50, Map.of("sort_by", "updated_at"));
        String last = (String) all.get(all.size() - 1).get("updated_at");
        assertThat(walk(3, Map.of("updated_after", last))).isEmpty();
        Thread.sleep(5);
        operator().contentType("application/json").body(Map.of("license_count", 12345))
                .patch("/v2/clients/" + client + "/apps/" + apps.get("Beta")).then().statusCode(200);
        operator().contentType("application/json").body(Map.of("license_count", 54321))
                .patch("/v2/clients/" + client + "/apps/" + apps.get("alpha")).then().statusCode(200);
        assertThat(ids(walk(1, Map.of("updated_after", last))))
                .containsExactly(apps.get("alpha"), apps.get("Beta"));
        assertThat(ids(walk(1, Map.of("updated_after", last, "is_favorite", "true"))))
                .containsExactly(apps.get("alpha"));
        String earlier = java.time.Instant.parse(last).atOffset(java.time.ZoneOffset.ofHours(2)).toString();
        assertThat(walk(50, Map.of("updated_after", earlier))).hasSize(2);
        String cursor = list().queryParam("updated_after", last).queryParam("page_size", 1).get().then()
                .extract().path("next_cursor");
        list().queryParam("cursor", cursor).get().then().statusCode(400);
        for (String bad : List.of("yesterday", "2026-01-15", "2026-01-15T10:00:00", "")) {
            list().queryParam("updated_after", bad).get().then().statusCode(400)
                    .body("error.details.parameter", equalTo("updated_after"));
        }
    }

    @Test
    void totalCountCountsEveryMatchWhateverTheCursor() {
        JsonPath first = list().queryParam("page_size", 1).queryParam("is_favorite", "true").get().then()
                .extract().jsonPath();
        long total = first.getLong("total_count");
        list().queryParam("page_size", 1).queryParam("is_favorite", "true")
                .queryParam("cursor", first.getString("next_cursor")).get().then()
                .body("total_count", equalTo((int) total));
        Set<String> seen = new HashSet<>(ids(walk(1, Map.of("is_favorite", "true"))));
        assertThat(seen).hasSize((int) total);
    }
}
