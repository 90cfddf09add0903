package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.DbChecksums;
import dev.clientapps.bootstrap.support.Exchanges;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.Hostile;
import dev.clientapps.bootstrap.support.RawHttp;
import dev.clientapps.bootstrap.support.TestTokens;
import dev.clientapps.bootstrap.support.WellBehaved;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation, exhaustively over a generated population: for every client, every endpoint
 * under that client, every app id of every other client and every kind of token, no answer
 * carries another client's app id (beyond echoing a refused id back in a bulk result's
 * {@code failed}), a foreign app is never found, and no other client's rows change.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class TenantIsolationTest {

    private static final int CLIENTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Tenant(String id, List<String> apps, List<String> catalogApps) {
    }

    record Call(String method, String path, String body, Map<String, String> headers) {

        Call(String method, String path, String body) {
            this(method, path, body, Map.of());
        }
    }

    @Test
    void noEndpointShowsOrChangesAnotherClientsAppsWhateverTheToken() throws Exception {
        Hostile hostile = new Hostile("tenants");
        List<String> catalog = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            catalog.add(Api.createCatalogApp(Api.unique("Shared app")));
        }
        List<Tenant> tenants = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String id = Api.createClient(Api.unique("Tenant"));
            List<String> apps = new ArrayList<>();
            List<String> held = new ArrayList<>(catalog);
            java.util.Collections.shuffle(held, hostile.random());
            held = held.subList(0, 2 + hostile.random().nextInt(3));
            for (String catalogApp : held) {
                apps.add(Api.addApp(id, catalogApp, hostile.chance(50), hostile.chance(50),
                        hostile.chance(50) ? hostile.random().nextInt(100) : null));
            }
            tenants.add(new Tenant(id, apps, held));
        }

        int leaksChecked = 0;
        try (Exchanges exchanges = new Exchanges("tenant isolation"); DbChecksums checksums = new DbChecksums()) {
            for (Tenant tenant : tenants) {
                List<Tenant> others = tenants.stream().filter(t -> t != tenant).toList();
                Set<String> foreign = new HashSet<>();
                others.forEach(t -> foreign.addAll(t.apps()));
                Map<String, String> tokens = tokenKinds(tenant, others.get(0));
                for (String foreignApp : foreign) {
                    for (Call call : calls(tenant, foreignApp, hostile)) {
                        for (Map.Entry<String, String> token : tokens.entrySet()) {
                            Map<String, Map<String, String>> before = digestsOf(others, checksums);
                            RawHttp.Reply reply = RawHttp.send(call.method(), call.path(), token.getValue(),
                                    call.body() == null ? null : "application/json",
                                    call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8),
                                    call.headers());
                            String what = call + " with a " + token.getKey() + " token";
                            WellBehaved.check(reply, what);
                            assertNoForeignIds(reply, foreign, call, what);
                            if (call.path().endsWith("/" + foreignApp)) {
                                assertThat(reply.status()).as("status of %s", what).isIn(403, 404);
                            }
                            assertThat(digestsOf(others, checksums)).as("other clients' rows after %s", what)
                                    .isEqualTo(before);
                            leaksChecked++;
                        }
                    }
                }
            }
            Exchanges.Figures.record(String.format("tenant isolation: %d clients, %d requests, %d generated inputs, "
                    + "leaks 0, 5xx 0", CLIENTS, leaksChecked, hostile.drawn()));
        }
    }

    /** Every kind of token a caller of {@code tenant} might hold, and one of another client. */
    private static Map<String, String> tokenKinds(Tenant tenant, Tenant other) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("operator (every client)", TestTokens.operator());
        tokens.put("own-client", TestTokens.token(TestTokens.ALL_SCOPES, tenant.id()));
        tokens.put("two-client", TestTokens.token(TestTokens.ALL_SCOPES, tenant.id(), other.id()));
        tokens.put("other-client", TestTokens.token(TestTokens.ALL_SCOPES, other.id()));
        tokens.put("read-only", TestTokens.token("apps:read audit:read", tenant.id()));
        tokens.put("write-only", TestTokens.token("apps:write inventory:write", tenant.id()));
        return tokens;
    }

    /** Every endpoint under {@code tenant}, aimed at {@code foreignApp} where it takes an app id. */
    private static List<Call> calls(Tenant tenant, String foreignApp, Hostile hostile) {
        String base = "/v2/clients/" + tenant.id() + "/apps";
        String own = hostile.pick(tenant.apps());
        String ids = "{\"app_ids\":[\"" + own + "\",\"" + foreignApp + "\"]}";
        boolean value = hostile.chance(50);
        return List.of(
                new Call("GET", base + "/" + foreignApp, null),
                new Call("PATCH", base + "/" + foreignApp, "{\"is_favorite\":" + value + ",\"license_count\":7}"),
                new Call("PATCH", base + "/" + foreignApp, "{\"is_approved\":" + value + "}", Map.of("If-Match", "*")),
                new Call("DELETE", base + "/" + foreignApp, null),
                new Call("POST", base + hostile.pick(List.of("/favorites", "/favorites/remove")), ids),
                new Call("POST", base + hostile.pick(List.of("/approve", "/reject")), ids),
                new Call("POST", base, "{\"catalog_app_id\":\"" + hostile.pick(tenant.catalogApps()) + "\"}"),
                new Call("GET", base + "?page_size=" + (1 + hostile.random().nextInt(5))
                        + hostile.pick(List.of("", "&is_favorite=true", "&sort_by=updated_at", "&q=shared")), null),
                new Call("GET", "/v2/clients/" + tenant.id(), null),
                new Call("GET", base + hostile.pick(List.of("", "?is_approved=true", "?q=shared")), null,
                        Map.of("Accept", "text/csv")),
                new Call("GET", "/v2/clients/" + tenant.id() + "/audit-events?page_size=100", null),
                new Call("GET", "/v2/clients/" + tenant.id() + "/audit-events?app_id=" + foreignApp, null),
                new Call("GET", base + "/" + own, null));
    }

    private static Map<String, Map<String, String>> digestsOf(List<Tenant> tenants, DbChecksums checksums) {
        Map<String, Map<String, String>> digests = new LinkedHashMap<>();
        tenants.forEach(t -> digests.put(t.id(), checksums.ofClient(t.id())));
        return digests;
    }

    /**
     * No foreign id anywhere in the answer, except where it echoes an id the request itself sent:
     * a failed bulk entry's id, or the details of an error.
     */
    private static void assertNoForeignIds(RawHttp.Reply reply, Set<String> foreign, Call call, String what)
            throws Exception {
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            foreign.forEach(id -> assertThat(header.getValue()).as("header %s of %s", header.getKey(), what)
                    .doesNotContain(id));
        }
        if (reply.body().isEmpty()) {
            return;
        }
        String sent = call.path() + (call.body() == null ? "" : call.body());
        if (!String.valueOf(reply.header("Content-Type")).startsWith("application/json")) {
            foreign.forEach(id -> assertThat(reply.body()).as("the answer to %s", what).doesNotContain(id));
            return;
        }
        List<String> texts = new ArrayList<>();
        collect(JSON.readTree(reply.body()), false, texts);
        for (String text : texts) {
            boolean echo = text.startsWith(ECHO) && sent.contains(text.substring(ECHO.length()));
            for (String id : foreign) {
                if (!echo) {
                    assertThat(text).as("a value in the answer to %s (body %s)", what, reply.body()).doesNotContain(id);
                }
            }
        }
    }

    private static final String ECHO = "echo:";

    /** Every field name and text value; those where an echo of the request is expected are marked. */
    private static void collect(JsonNode node, boolean echoPlace, List<String> texts) {
        if (node.isTextual()) {
            texts.add(echoPlace ? ECHO + node.asText() : node.asText());
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, echoPlace, texts));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                texts.add(field.getKey());
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (name.equals("failed")) {
                    value.forEach(entry -> entry.fields().forEachRemaining(f -> collect(f.getValue(),
                            f.getKey().equals("id"), texts)));
                } else {
                    collect(value, echoPlace || name.equals("details"), texts);
                }
            });
        }
    }
}
