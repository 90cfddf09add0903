package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.Moments;
import dev.clientapps.bootstrap.support.TestTokens;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.FieldChange;
import dev.clientapps.domain.audit.AuditAction;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.AuditEventId;
import dev.clientapps.domain.audit.AuditFilter;
import dev.clientapps.domain.audit.AuditQuery;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.PageRequest;
import dev.clientapps.domain.listing.Position;
import dev.clientapps.domain.listing.Slice;
import dev.clientapps.domain.port.LoadAuditEventsPort;
import dev.clientapps.domain.port.RecordAuditEventsPort;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail stored as one row per batch (V9): the events of one request that share
 * everything but their ids are one row, and still read back, filtered and paged one event per app.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class AuditBatchTest {

    private static final int APPS = 12;

    @Inject
    DataSource dataSource;

    @Inject
    RecordAuditEventsPort record;

    @Inject
    LoadAuditEventsPort load;

    private String client;
    private List<String> apps;

    @BeforeEach
    void newInventory() {
        client = Api.createClient(Api.unique("Batched"));
        apps = Api.addNewApps(client, APPS);
    }

    @Test
    void aBulkRequestOfManyAppsIsOneRowAndReadsBackAsOneEventPerApp() throws SQLException {
        Instant before = Moments.apart();
        bulk("approve", "alice", "req-bulk");

        List<List<UUID[]>> rows = batches("req-bulk");
        assertThat(rows).hasSize(1);
        UUID[] eventIds = rows.get(0).get(0);
        UUID[] appIds = rows.get(0).get(1);
        assertThat(appIds).extracting(UUID::toString).containsExactlyInAnyOrderElementsOf(apps);

        List<Map<String, Object>> events = events("?since=" + before).getList("data");
        assertThat(events).hasSize(APPS).allSatisfy(event -> {
            assertThat(event).containsEntry("action", "app.approved").containsEntry("actor", "alice")
                    .containsEntry("request_id", "req-bulk").containsEntry("client_id", client);
            assertThat(event.get("changes")).isEqualTo(Map.of("is_approved", Map.of("from", false, "to", true)));
            int i = Arrays.asList(eventIds).indexOf(UUID.fromString((String) event.get("id")));
            assertThat(event.get("app_id")).as("the app stored beside the event id").isEqualTo(appIds[i].toString());
        });
        assertThat(events).extracting(e -> UUID.fromString((String) e.get("id")))
                .containsExactlyInAnyOrder(eventIds).isSortedAccordingTo(Comparator.comparing(
                        (UUID id) -> id.toString()).reversed());
    }

    @Test
    void pagesWalkAcrossBatchesAndResumeInsideOne() {
        Instant before = threeRequests();
        String query = "?since=" + before;

        List<String> all = events(query + "&page_size=100").getList("data.id");
        assertThat(all).hasSize(2 * APPS + 1).doesNotHaveDuplicates();
        assertThat(events(query + "&page_size=100").getList("data.request_id", String.class))
                .containsExactlyElementsOf(requestIds("req-3", APPS, "req-2", 1, "req-1", APPS));
        // 5 resumes inside the newest batch, 12 right at its end, 7 inside each batch in turn
        for (int size : List.of(1, 5, 7, APPS)) {
            assertThat(walk(query, size)).as("page_size " + size).containsExactlyElementsOf(all);
        }
    }

    @Test
    void theAppFilterFindsTheAppsEventInEveryBatchAndOnlyThat() {
        Instant before = threeRequests();

        String query = "?since=" + before + "&app_id=" + apps.get(3);
        JsonPath three = events(query);
        assertThat(three.getList("data.app_id", String.class)).containsOnly(apps.get(3));
        assertThat(three.getList("data.action", String.class))
                .containsExactly("app.favorited", "app.updated", "app.approved");
        assertThat(walk(query, 1)).containsExactlyElementsOf(three.getList("data.id"));
        assertThat(events("?since=" + before + "&app_id=" + apps.get(0)).getList("data.action", String.class))
                .containsExactly("app.favorited", "app.approved");
        assertThat(events("?since=" + before + "&app_id=" + UUID.randomUUID()).getList("data")).isEmpty();
    }

    @Test
    void eventsAreBatchedByWhatTheyShareInTheGivenOrderAndListedByTimeThenId() throws SQLException {
        ClientId clientId = new ClientId(UUID.fromString(client));
        Instant at = Moments.apart();
        long high = ThreadLocalRandom.current().nextLong();
        List<FieldChange> favorited = List.of(new FieldChange("is_favorite", false, true));
        // two requests' events stamped with the same millisecond, their ids interleaved, and one
        // event whose changes differ: three batches
        record.record(List.of(
                event(clientId, new UUID(high, 5), AuditAction.FAVORITED, "req-a", favorited, at),
                event(clientId, new UUID(high, 2), AuditAction.FAVORITED, "req-b", favorited, at),
                event(clientId, new UUID(high, 1), AuditAction.FAVORITED, "req-a", favorited, at),
                event(clientId, new UUID(high, 4), AuditAction.FAVORITED, "req-b", favorited, at),
                event(clientId, new UUID(high, 3), AuditAction.FAVORITED, "req-a", favorited, at),
                event(clientId, new UUID(high, 6), AuditAction.APPROVED, "req-a",
                        List.of(new FieldChange("is_approved", false, true)), at)));

        assertThat(batches("req-a")).extracting(row -> Arrays.asList(row.get(0))).containsExactlyInAnyOrder(
                List.of(new UUID(high, 5), new UUID(high, 1), new UUID(high, 3)), List.of(new UUID(high, 6)));
        assertThat(batches("req-b")).extracting(row -> Arrays.asList(row.get(0)))
                .containsExactly(List.of(new UUID(high, 2), new UUID(high, 4)));

        List<Long> listed = new ArrayList<>();
        Position after = null;
        do {
            Slice<AuditEvent> page = load.listEvents(new AuditQuery(clientId,
                    new AuditFilter(null, null, "system", at, null), new PageRequest(4, after)));
            page.items().forEach(event -> listed.add(event.id().value().getLeastSignificantBits()));
            after = page.next();
        } while (after != null);
        assertThat(listed).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    }

    private static AuditEvent event(ClientId clientId, UUID id, AuditAction action, String requestId,
                                    List<FieldChange> changes, Instant at) {
        return new AuditEvent(new AuditEventId(id), clientId, new AppId(UUID.randomUUID()), action, "system",
                requestId, changes, at);
    }

    /** Approve all apps (req-1), PATCH apps[3] (req-2), favorite all apps (req-3); the instant before them. */
    private Instant threeRequests() {
        Instant before = Moments.apart();
        bulk("approve", "alice", "req-1");
        patch(apps.get(3), "bob", "req-2");
        bulk("favorites", "carol", "req-3");
        return before;
    }

    private void bulk(String operation, String actor, String requestId) {
        Api.as(TestTokens.operator(actor)).header("X-Request-Id", requestId).contentType("application/json")
                .body(Map.of("app_ids", apps)).post("/v2/clients/" + client + "/apps/" + operation)
                .then().statusCode(200);
    }

    private void patch(String app, String actor, String requestId) {
        Api.as(TestTokens.operator(actor)).header("X-Request-Id", requestId).contentType("application/json")
                .body("{\"license_count\": 7}").patch("/v2/clients/" + client + "/apps/" + app)
                .then().statusCode(200);
    }

    private JsonPath events(String query) {
        return operator().get("/v2/clients/" + client + "/audit-events" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private List<String> walk(String query, int pageSize) {
        List<String> walked = new ArrayList<>();
        String next = null;
        do {
            JsonPath page = events(query + "&page_size=" + pageSize + (next == null ? "" : "&cursor=" + next));
            assertThat(page.getList("data")).hasSizeLessThanOrEqualTo(pageSize);
            walked.addAll(page.getList("data.id"));
            next = page.getString("next_cursor");
        } while (next != null);
        return walked;
    }

    private static List<String> requestIds(Object... idsAndCounts) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            for (int n = 0; n < (int) idsAndCounts[i + 1]; n++) {
                ids.add((String) idsAndCounts[i]);
            }
        }
        return ids;
    }

    /** This client's rows of {@code audit_batch} for one request: [event ids, app ids] each. */
    private List<List<UUID[]>> batches(String requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement st = connection.prepareStatement("select event_ids, app_ids from audit_batch"
                     + " where client_id = ?::uuid and request_id = ?")) {
            st.setString(1, client);
            st.setString(2, requestId);
            List<List<UUID[]>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of((UUID[]) rs.getArray(1).getArray(), (UUID[]) rs.getArray(2).getArray()));
                }
            }
            return rows;
        }
    }
}
