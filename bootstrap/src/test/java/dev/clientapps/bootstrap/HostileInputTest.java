package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.Exchanges;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.Hostile;
import dev.clientapps.bootstrap.support.RawHttp;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile input on every endpoint — JSON bodies, query strings, path segments and
 * cursors. Whatever arrives: never a 5xx, always the envelope, nothing of the inside in a body,
 * and a refused request (or any GET) leaves every table unchanged.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class HostileInputTest {

    private static final int BODIES = 700;
    private static final int QUERIES = 700;
    private static final int PATHS = 400;

    private static final List<String> APP_FIELDS = List.of("is_favorite", "is_approved", "license_count",
            "id", "catalog_app", "created_at", "updated_at");
    private static final List<String> BULK_FIELDS = List.of("app_ids");
    private static final List<String> INVENTORY_FIELDS = List.of("catalog_app_id", "is_favorite", "is_approved",
            "license_count");
    private static final List<String> CATALOG_APP_FIELDS = List.of("canonical_name", "description", "display_colour",
            "logo", "type", "vendor_id", "category_ids");
    private static final List<String> LIST_PARAMETERS = List.of("q", "category_id", "vendor_id", "type",
            "is_favorite", "is_approved", "sort_by", "sort_order", "page_size", "cursor", "updated_after");
    private static final List<String> AUDIT_PARAMETERS = List.of("app_id", "action", "actor", "since", "until",
            "page_size", "cursor");
    /** Header values a careless client sends (printable ASCII only: a raw CR or LF would end the header). */
    private static final List<String> ODD_HEADER_VALUES = List.of("*", "\"abc\"", "W/\"abc\"", "abc", "\"\"", ",",
            "\"a\", \"b\"", "W/", "\"" + "x".repeat(3000) + "\"", "%00", "' OR 1=1 --", "text/csv", "text/*",
            "text/csv;q=abc", "application/xml", "*/*;q=0", "text/csv, application/json;q=0.1", ";;;");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json", "application/merge-patch+json", "application/json; charset=utf-8",
            "application/json; charset=utf-16", "application/json; charset=nonsense", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ";;;", "application/*",
            "*/*", "application/json;;;q=a");

    private String client;
    private String otherClient;
    private final List<String> apps = new ArrayList<>();
    private String otherApp;
    private String catalogApp;
    private String vendor;
    private String category;

    @BeforeEach
    void fixture() {
        client = Api.createClient(Api.unique("Hostile"));
        otherClient = Api.createClient(Api.unique("Bystander"));
        vendor = Api.createVendor(Api.unique("Vendor"));
        category = Api.createCategory(Api.unique("Category"));
        for (int i = 0; i < 4; i++) {
            String catalog = Api.createCatalogApp(Api.unique("Hostile app"), "web", vendor, List.of(category));
            apps.add(Api.addApp(client, catalog, i % 2 == 0, i % 3 == 0, i));
            catalogApp = catalog;
        }
        otherApp = Api.addApp(otherClient, Api.createCatalogApp(Api.unique("Bystander app")));
    }

    private String anyToken(Hostile hostile) {
        return switch (hostile.random().nextInt(12)) {
            case 0 -> null;
            case 1 -> "not.a.token";
            case 2 -> TestTokens.expired(TestTokens.ALL_SCOPES, "*");
            case 3 -> TestTokens.token("apps:read", client);
            default -> TestTokens.operator();
        };
    }

    @Test
    void generatedBodiesOnEveryWriteEndpointNeverBreakTheServiceAndRefusedOnesChangeNothing() throws Exception {
        Hostile hostile = new Hostile("bodies");
        String base = "/v2/clients/" + client + "/apps";
        try (Exchanges exchanges = new Exchanges("bodies")) {
            for (int i = 0; i < BODIES; i++) {
                String[] target = switch (hostile.random().nextInt(10)) {
                    case 0, 1 -> new String[] {"PATCH", base + "/" + hostile.pick(apps)};
                    case 2 -> new String[] {"POST", base + hostile.pick(List.of("/favorites", "/favorites/remove",
                            "/approve", "/reject"))};
                    case 3 -> new String[] {"POST", base};
                    case 4 -> new String[] {"POST", "/v2/clients"};
                    case 5 -> new String[] {"POST", "/v2/catalog/vendors"};
                    case 6 -> new String[] {"POST", "/v2/catalog/categories"};
                    case 7 -> new String[] {"POST", "/v2/catalog/apps"};
                    case 8 -> new String[] {"PATCH", "/v2/catalog/apps/" + catalogApp};
                    default -> new String[] {"POST", base + "/favorites"};
                };
                List<String> fields = fieldsOf(target[1]);
                byte[] body = hostile.chance(8) ? bulkOfIds(hostile) : hostile.body(fields);
                exchanges.send(target[0], target[1], hostile.chance(90) ? TestTokens.operator() : anyToken(hostile),
                        hostile.chance(70) ? "application/json" : hostile.pick(CONTENT_TYPES), body,
                        hostile.chance(15) ? Map.of("If-Match", hostile.pick(ODD_HEADER_VALUES)) : Map.of());
            }
            assertThat(exchanges.statuses()).containsKeys(200, 400);
            exchanges.report(hostile.drawn());
        }
    }

    private static List<String> fieldsOf(String path) {
        if (path.endsWith("/favorites") || path.endsWith("/remove") || path.endsWith("/approve")
                || path.endsWith("/reject")) {
            return BULK_FIELDS;
        }
        if (path.endsWith("/apps") && path.startsWith("/v2/clients/")) {
            return INVENTORY_FIELDS;
        }
        if (path.startsWith("/v2/clients/")) {
            return APP_FIELDS;
        }
        if (path.equals("/v2/clients")) {
            return List.of("name", "id");
        }
        if (path.startsWith("/v2/catalog/apps")) {
            return CATALOG_APP_FIELDS;
        }
        return List.of("name", "url");
    }

    /** app_ids lists of every shape: own ids, another client's, garbage, repeats, up to and past 1000. */
    private byte[] bulkOfIds(Hostile hostile) {
        List<String> ids = new ArrayList<>();
        int size = hostile.pick(List.of(0, 1, 3, 10, 999, 1000, 1001, 5000));
        for (int i = 0; i < size; i++) {
            int kind = hostile.random().nextInt(20);
            ids.add(kind == 0 ? hostile.jsonValue(1)
                    : kind == 1 ? Hostile.quote(otherApp)
                    : kind < 5 ? Hostile.quote(hostile.pick(apps))
                    : Hostile.quote(new java.util.UUID(hostile.random().nextLong(), hostile.random().nextLong()).toString()));
        }
        return ("{\"app_ids\":[" + String.join(",", ids) + "]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nulCharactersInQueryValuesAndBodiesAre400NotAServerError() throws Exception {
        try (Exchanges exchanges = new Exchanges("NUL characters")) {
            for (String target : List.of("/v2/clients/" + client + "/apps?q=%00", "/v2/catalog/apps?q=a%00b",
                    "/v2/catalog/apps?type=%00", "/v2/clients/" + client + "/audit-events?actor=%00")) {
                assertThat(exchanges.send("GET", target, TestTokens.operator(), null, null).status()).isEqualTo(400);
            }
            for (String[] write : List.of(new String[] {"/v2/clients", "{\"name\":\"a\\u0000b\"}"},
                    new String[] {"/v2/catalog/vendors", "{\"name\":\"\\u0000\"}"},
                    new String[] {"/v2/catalog/apps", "{\"canonical_name\":\"x\",\"description\":\"\\u0000\"}"},
                    new String[] {"/v2/catalog/categories", "{\"na\\u0000me\":\"x\"}"})) {
                assertThat(exchanges.send("POST", write[0], TestTokens.operator(), "application/json",
                        write[1].getBytes(StandardCharsets.UTF_8)).status()).as(write[1]).isEqualTo(400);
            }
        }
    }

    @Test
    void generatedQueryStringsOnBothListsNeverBreakTheServiceAndChangeNothing() throws Exception {
        Hostile hostile = new Hostile("queries");
        List<String> cursors = realCursors();
        try (Exchanges exchanges = new Exchanges("query strings")) {
            for (int i = 0; i < QUERIES; i++) {
                int list = hostile.random().nextInt(4);
                String path = list <= 1 ? "/v2/clients/" + client + "/apps"
                        : list == 2 ? "/v2/catalog/apps" : "/v2/clients/" + client + "/audit-events";
                List<String> parameters = list == 3 ? AUDIT_PARAMETERS : LIST_PARAMETERS;
                List<String> pairs = new ArrayList<>();
                int count = hostile.random().nextInt(6);
                for (int p = 0; p < count; p++) {
                    String name = hostile.chance(90) ? hostile.pick(parameters) : hostile.encoded(hostile.text());
                    String value = name.equals("cursor") && hostile.chance(50) ? mutate(hostile, hostile.pick(cursors))
                            : hostile.chance(30) ? validValue(hostile, name) : hostile.encoded(hostile.text());
                    pairs.add(hostile.chance(5) ? name : name + "=" + value);
                    if (hostile.chance(10)) {
                        pairs.add(name + "=" + validValue(hostile, name));
                    }
                }
                String separator = hostile.chance(95) ? "&" : hostile.pick(List.of("&&", ";", "&=&"));
                String query = String.join(separator, pairs);
                exchanges.send("GET", path + (query.isEmpty() && hostile.chance(50) ? "" : "?" + query),
                        hostile.chance(92) ? TestTokens.operator() : anyToken(hostile), null, null,
                        hostile.chance(20) ? Map.of("Accept", hostile.pick(ODD_HEADER_VALUES)) : Map.of());
            }
            assertThat(exchanges.statuses()).containsKeys(200, 400);
            exchanges.report(hostile.drawn());
        }
    }

    private String validValue(Hostile hostile, String name) {
        return switch (name) {
            case "q" -> hostile.pick(List.of("hostile", "app", "%25", "_", "a%5Cb"));
            case "category_id" -> category;
            case "vendor_id" -> vendor;
            case "type" -> "web";
            case "is_favorite", "is_approved" -> hostile.pick(List.of("true", "false"));
            case "sort_by" -> hostile.pick(List.of("canonical_name", "created_at", "updated_at"));
            case "sort_order" -> hostile.pick(List.of("asc", "desc"));
            case "page_size" -> String.valueOf(1 + hostile.random().nextInt(500));
            case "updated_after", "since" -> "2026-01-01T00:00:00Z";
            case "until" -> "2100-01-01T00:00:00Z";
            case "app_id" -> hostile.pick(apps);
            case "action" -> hostile.pick(List.of("app.favorited", "app.updated", "app.added"));
            case "actor" -> "test-user";
            default -> "x";
        };
    }

    /** Cursors the service really issued: for this client's list, another client's, and the catalog. */
    private List<String> realCursors() {
        List<String> cursors = new ArrayList<>();
        for (String path : List.of("/v2/clients/" + client + "/apps?page_size=1",
                "/v2/clients/" + client + "/apps?page_size=1&sort_by=created_at&sort_order=desc",
                "/v2/catalog/apps?page_size=1", "/v2/clients/" + otherClient + "/apps?page_size=1")) {
            String body = RawHttp.get(path, TestTokens.operator()).body();
            int at = body.indexOf("\"next_cursor\":\"");
            if (at >= 0) {
                cursors.add(body.substring(at + 15, body.indexOf('"', at + 15)));
            }
        }
        assertThat(cursors).hasSizeGreaterThanOrEqualTo(2);
        return cursors;
    }

    private static String mutate(Hostile hostile, String cursor) {
        char[] chars = cursor.toCharArray();
        return switch (hostile.random().nextInt(7)) {
            case 0 -> cursor;
            case 1 -> {
                int at = hostile.random().nextInt(chars.length);
                chars[at] = chars[at] == 'A' ? 'B' : 'A';
                yield new String(chars);
            }
            case 2 -> cursor.substring(0, hostile.random().nextInt(cursor.length()));
            case 3 -> cursor + hostile.encoded(hostile.text());
            case 4 -> cursor.repeat(2 + hostile.random().nextInt(40));
            case 5 -> java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(hostile.jsonValue(2).getBytes(StandardCharsets.UTF_8));
            default -> hostile.encoded(new StringBuilder(cursor).reverse().toString());
        };
    }

    @Test
    void generatedPathSegmentsAndMethodsNeverBreakTheService() throws Exception {
        Hostile hostile = new Hostile("paths");
        List<String> templates = List.of("/v2/clients/%s", "/v2/clients/%s/apps", "/v2/clients/%s/apps/%s",
                "/v2/clients/" + client + "/apps/%s", "/v2/clients/" + client + "/apps/%s/%s",
                "/v2/catalog/apps/%s", "/v2/catalog/vendors/%s", "/v2/catalog/categories/%s", "/v2/%s", "/%s",
                "/q/%s", "/v2/clients/%s/apps/favorites", "/v2/clients/" + client + "/%s", "/v2/clients/%s/audit-events");
        try (Exchanges exchanges = new Exchanges("path segments")) {
            for (int i = 0; i < PATHS; i++) {
                String template = hostile.pick(templates);
                String path = template.formatted(segment(hostile), segment(hostile));
                String method = hostile.pick(List.of("GET", "GET", "GET", "PATCH", "POST", "DELETE", "PUT", "OPTIONS"));
                boolean withBody = method.equals("PATCH") || method.equals("POST") || method.equals("PUT");
                exchanges.send(method, path, hostile.chance(85) ? TestTokens.operator() : anyToken(hostile),
                        withBody ? "application/json" : null,
                        withBody ? (hostile.chance(50) ? "{}" : "{\"app_ids\":[\"" + hostile.pick(apps) + "\"]}")
                                .getBytes(StandardCharsets.UTF_8) : null,
                        hostile.chance(15) ? Map.of(hostile.pick(List.of("If-None-Match", "If-Match", "Accept")),
                                hostile.pick(ODD_HEADER_VALUES)) : Map.of());
            }
            assertThat(exchanges.statuses()).containsKeys(404);
            exchanges.report(hostile.drawn());
        }
    }

    private String segment(Hostile hostile) {
        return switch (hostile.random().nextInt(10)) {
            case 0 -> hostile.pick(apps);
            case 1 -> otherApp;
            case 2 -> hostile.pick(List.of(client.toUpperCase(), client.replace("-", ""), "{" + client + "}",
                    client + "%00", client + ";x=1", client + "%2F..", otherClient));
            case 3 -> hostile.pick(List.of("..", "%2e%2e", "%2F", ".", "%", "%%", "~", "*", "%20", "%u0041"));
            case 4 -> "a".repeat(100 + hostile.random().nextInt(9000));
            default -> hostile.encoded(hostile.text());
        };
    }
}
