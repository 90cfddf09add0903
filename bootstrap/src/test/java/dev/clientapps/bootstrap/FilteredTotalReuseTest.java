package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.SqlWrites;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The filtered lists (q, category, vendor, type, each with and without flags) reuse a total they
 * counted while the client's and the catalog's versions are unchanged (migration V6). After every
 * kind of change that can move such a count, the same lists, asked again, must answer exactly
 * count(*). Each step is checked to have moved at least one of those counts, so a change that fails
 * to write a version shows up as a stale total here.
 *
 * <p>The cache is never told about writes: it notices them only through the versions in the
 * database. So a write made with plain SQL here stands for a write by another instance with its own
 * cache, and the API writes for this instance's own; both kinds are below.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class FilteredTotalReuseTest {

    private static final List<String> FLAGS = List.of("", "is_favorite=true", "is_approved=true");

    @Inject
    DataSource dataSource;

    private String client;
    private final List<String> catalogApps = new ArrayList<>();
    private final List<String> apps = new ArrayList<>();
    private List<String> filters;

    @Test
    void aRepeatedFilteredListAnswersCountStarAfterEveryKindOfChange() throws SQLException {
        inventory();
        Map<String, Long> totals = exactTotals();

        patch(apps.get(1), "{\"is_favorite\": true}");
        totals = exactTotalsMovedFrom(totals, "PATCH is_favorite");
        patch(apps.get(0), "{\"is_approved\": true}");
        totals = exactTotalsMovedFrom(totals, "PATCH is_approved");
        bulk("favorites", apps.subList(2, 7));
        totals = exactTotalsMovedFrom(totals, "bulk favorites");
        bulk("approve", apps.subList(4, 9));
        totals = exactTotalsMovedFrom(totals, "bulk approve");
        bulk("reject", apps.subList(0, 6));
        totals = exactTotalsMovedFrom(totals, "bulk reject");

        // apps 0 (red) and 11 (blue), both not approved, swap favorite in one statement: every counter nets to zero
        assertThat(flags(apps.get(0))).isEqualTo("(t,f)");
        assertThat(flags(apps.get(11))).isEqualTo("(f,f)");
        String countersBefore = counters();
        SqlWrites.change(dataSource,
                "update client_app set is_favorite = not is_favorite where client_id = ?::uuid and id in (?::uuid, ?::uuid)",
                client, apps.get(0), apps.get(11));
        assertThat(counters()).as("the swap nets to zero").isEqualTo(countersBefore);
        totals = exactTotalsMovedFrom(totals, "favorite swap in one statement");

        String added = Api.addApp(client, catalogApp("Echo red added", "desktop", null, List.of()), true, false, null);
        totals = exactTotalsMovedFrom(totals, "add an app");
        operator().delete("/v2/clients/" + client + "/apps/" + apps.get(2)).then().statusCode(204);
        totals = exactTotalsMovedFrom(totals, "remove an app");

        Api.json(TestTokens.operator(), Map.of("canonical_name", "Echo blue renamed"))
                .patch("/v2/catalog/apps/" + catalogApps.get(4)).then().statusCode(200);
        totals = exactTotalsMovedFrom(totals, "rename a catalog app (API)");
        SqlWrites.change(dataSource,
                "update catalog_app set canonical_name = 'Echo red renamed' where id = ?::uuid", catalogApps.get(5));
        totals = exactTotalsMovedFrom(totals, "rename a catalog app (SQL)");

        SqlWrites.change(dataSource,
                "insert into catalog_app_category (catalog_app_id, category_id) values (?::uuid, ?::uuid)",
                catalogApps.get(6), category("B"));
        totals = exactTotalsMovedFrom(totals, "add a category link");
        SqlWrites.change(dataSource,
                "delete from catalog_app_category where catalog_app_id = ?::uuid and category_id = ?::uuid",
                catalogApps.get(7), category("A"));
        totals = exactTotalsMovedFrom(totals, "remove a category link");

        SqlWrites.change(dataSource,
                "update catalog_app set vendor_id = ?::uuid where id = ?::uuid", vendor("A"), catalogApps.get(8));
        totals = exactTotalsMovedFrom(totals, "change a catalog app's vendor");
        SqlWrites.change(dataSource, "update catalog_app set type = 'browser' where id = ?::uuid", catalogApps.get(0));
        totals = exactTotalsMovedFrom(totals, "change a catalog app's type");

        long version = clientVersion();
        patch(added, "{\"license_count\": 9}");
        assertThat(clientVersion()).as("a license_count PATCH leaves the counter row alone").isEqualTo(version);
        assertThat(exactTotals()).isEqualTo(totals);
    }

    private final Map<String, String> vendors = new LinkedHashMap<>();
    private final Map<String, String> categories = new LinkedHashMap<>();

    /** Twelve apps named "Echo red/blue i", over two vendors (and none), two types and two categories. */
    private void inventory() {
        client = Api.createClient(Api.unique("Reuse"));
        for (String name : List.of("A", "B")) {
            vendors.put(name, Api.createVendor(Api.unique("Reuse vendor " + name)));
            categories.put(name, Api.createCategory(Api.unique("Reuse category " + name)));
        }
        for (int i = 0; i < 12; i++) {
            String vendor = i % 3 == 2 ? null : (i % 3 == 0 ? vendor("A") : vendor("B"));
            List<String> links = i % 2 == 0 ? List.of(category("A")) : List.of(category("A"), category("B"));
            catalogApps.add(catalogApp("Echo " + (i % 2 == 0 ? "red " : "blue ") + i, i % 4 == 0 ? "desktop" : "browser",
                    vendor, links));
            apps.add(Api.addApp(client, catalogApps.get(i), i % 3 == 0, i % 4 == 1, null));
        }
        filters = new ArrayList<>();
        for (String base : List.of("q=red", "q=BLUE", "q=echo", "category_id=" + category("A"),
                "category_id=" + category("B"), "vendor_id=" + vendor("A"), "vendor_id=" + vendor("B"),
                "type=desktop", "type=browser", "q=red&vendor_id=" + vendor("A"))) {
            for (String flags : FLAGS) {
                filters.add(flags.isEmpty() ? base : base + "&" + flags);
            }
        }
    }

    private String vendor(String name) {
        return vendors.get(name);
    }

    private String category(String name) {
        return categories.get(name);
    }

    private static String catalogApp(String name, String type, String vendor, List<String> categoryIds) {
        return Api.createCatalogApp(name, type, vendor, categoryIds);
    }

    /** Asks every filtered list (reusing the count of the previous ask when still exact) and checks it against count(*). */
    private Map<String, Long> exactTotals() throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String filter : filters) {
            long served = ((Number) operator().get("/v2/clients/" + client + "/apps?page_size=1&" + filter)
                    .then().statusCode(200).extract().path("total_count")).longValue();
            long expected = countStar(filter);
            assertThat(served).as("total_count of %s", filter).isEqualTo(expected);
            totals.put(filter, expected);
        }
        return totals;
    }

    private Map<String, Long> exactTotalsMovedFrom(Map<String, Long> before, String change) throws SQLException {
        Map<String, Long> after = exactTotals();
        assertThat(after).as("%s moves at least one filtered count (else this step proves nothing)", change)
                .isNotEqualTo(before);
        return after;
    }

    /** count(*) written from the contract: canonical_name of the catalog app, its links, vendor and type. */
    private long countStar(String filter) throws SQLException {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : filter.split("&")) {
            String[] kv = pair.split("=", 2);
            p.put(kv[0], kv[1]);
        }
        return querySingle("""
                select count(*) from client_app a join catalog_app c on c.id = a.catalog_app_id
                where a.client_id = ?::uuid
                  and (?::text is null or strpos(lower(c.canonical_name), lower(?::text)) > 0)
                  and (?::uuid is null or exists (select 1 from catalog_app_category cc
                                                  where cc.catalog_app_id = c.id and cc.category_id = ?::uuid))
                  and (?::uuid is null or c.vendor_id = ?::uuid)
                  and (?::text is null or c.type = ?::text)
                  and (?::boolean is null or a.is_favorite = ?::boolean)
                  and (?::boolean is null or a.is_approved = ?::boolean)""",
                client, p.get("q"), p.get("q"), p.get("category_id"), p.get("category_id"), p.get("vendor_id"),
                p.get("vendor_id"), p.get("type"), p.get("type"), p.get("is_favorite"), p.get("is_favorite"),
                p.get("is_approved"), p.get("is_approved"));
    }

    private void patch(String app, String body) {
        operator().contentType("application/json").body(body)
                .patch("/v2/clients/" + client + "/apps/" + app).then().statusCode(200);
    }

    private void bulk(String action, List<String> ids) {
        operator().contentType("application/json").body(Map.of("app_ids", ids))
                .post("/v2/clients/" + client + "/apps/" + action).then().statusCode(200);
    }

    private String flags(String app) throws SQLException {
        return text("select row(is_favorite, is_approved)::text from client_app where id = ?::uuid", app);
    }

    private String counters() throws SQLException {
        return text("select row(total, favorites, approved, favorite_and_approved)::text from client_app_count"
                + " where client_id = ?::uuid", client);
    }

    private long clientVersion() throws SQLException {
        return querySingle("select version from client_app_count where client_id = ?::uuid", client);
    }

    private long querySingle(String query, String... params) throws SQLException {
        return Long.parseLong(text(query, params));
    }

    private String text(String query, String... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
