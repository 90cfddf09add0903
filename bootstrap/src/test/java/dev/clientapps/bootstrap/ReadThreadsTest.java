package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.ServingThread;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Get App and bounded pages of List Apps are served on the I/O thread; every other list request,
 * and every write, on a worker thread (ReadThreads), with the same answers either way. So is a
 * bounded read while the pool has no connection free.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ReadThreadsTest {

    @Inject
    AgroalDataSource dataSource;

    private String client;
    private List<String> apps;

    @BeforeEach
    void clientWithApps() {
        client = Api.createClient(Api.unique("Threads"));
        apps = Api.addNewApps(client, 3);
    }

    private String list(String query) {
        return "/v2/clients/" + client + "/apps" + query;
    }

    private static String thread(Response response) {
        return response.getHeader(ServingThread.HEADER);
    }

    @Test
    void getAppAndBoundedPagesStayOnTheIoThread() {
        Response get = operator().get(list("/" + apps.get(0)));
        get.then().statusCode(200).body("id", equalTo(apps.get(0)));
        assertThat(thread(get)).isEqualTo("io");

        Response first = operator().get(list("?page_size=2&sort_by=created_at"));
        first.then().statusCode(200).body("total_count", equalTo(3)).body("data.size()", equalTo(2));
        assertThat(thread(first)).isEqualTo("io");
        Response second = operator().queryParam("cursor", first.jsonPath().getString("next_cursor"))
                .get(list("?page_size=100&sort_by=created_at"));
        second.then().statusCode(200).body("data.size()", equalTo(1)).body("next_cursor", equalTo(null));
        assertThat(thread(second)).isEqualTo("io");
    }

    @Test
    void searchesFiltersLargePagesAndExportsRunOnAWorker() {
        Map<String, Integer> counts = Map.of("?q=zzzz-none", 0, "?is_favorite=false", 3, "?page_size=101", 3,
                "?updated_after=2000-01-01T00:00:00Z", 3);
        counts.forEach((query, total) -> {
            Response response = operator().get(list(query));
            response.then().statusCode(200).body("total_count", equalTo(total));
            assertThat(thread(response)).as(query).isEqualTo("worker");
        });
        Response csv = operator().accept("text/csv").get(list(""));
        csv.then().statusCode(200);
        assertThat(csv.asString().split("\r\n")).hasSize(4);
        assertThat(thread(csv)).isEqualTo("worker");
    }

    @Test
    void errorsAnswerAlikeOnEitherThread() {
        Response io = operator().get(list("?page_size=0"));
        io.then().statusCode(400).body("error.code", equalTo("invalid_request"));
        assertThat(thread(io)).isEqualTo("io");
        Response worker = operator().get(list("?page_size=0&is_favorite=maybe"));
        worker.then().statusCode(400).body("error.code", equalTo("invalid_request"));
        assertThat(thread(worker)).isEqualTo("worker");
        Response missing = operator().get(list("/00000000-0000-4000-8000-000000000000"));
        missing.then().statusCode(404);
        assertThat(thread(missing)).isEqualTo("io");
    }

    @Test
    void writesStayOnAWorker() {
        Response patch = Api.json(TestTokens.operator(), Map.of("is_favorite", true)).patch(list("/" + apps.get(1)));
        patch.then().statusCode(200).body("is_favorite", equalTo(true));
        assertThat(thread(patch)).isEqualTo("worker");
    }

    @Test
    void aBoundedReadWaitsForAConnectionOnAWorkerNotOnTheIoThread() throws Exception {
        int poolSize = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < poolSize) {
                held.add(dataSource.getConnection());
            }
            assertThat(dataSource.getMetrics().availableCount()).isZero();
            CompletableFuture<Response> get = CompletableFuture.supplyAsync(() -> operator().get(list("/" + apps.get(0))));
            CompletableFuture<Response> page = CompletableFuture.supplyAsync(() -> operator().get(list("")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (dataSource.getMetrics().awaitingCount() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(dataSource.getMetrics().awaitingCount()).as("both requests wait for a connection").isEqualTo(2);
            held.remove(0).close();
            Response got = get.get(10, TimeUnit.SECONDS);
            Response listed = page.get(10, TimeUnit.SECONDS);
            got.then().statusCode(200).body("id", equalTo(apps.get(0)));
            listed.then().statusCode(200).body("total_count", equalTo(3));
            assertThat(List.of(thread(got), thread(listed))).containsOnly("worker");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(thread(operator().get(list("")))).isEqualTo("io");
    }
}
