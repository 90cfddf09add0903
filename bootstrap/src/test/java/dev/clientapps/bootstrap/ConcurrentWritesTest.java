package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many threads PATCH and bulk-change overlapping apps at once. Nothing may fail or deadlock, and
 * for every app and flag the final value must be the value of a write that nothing else was
 * known to follow: a write A is known to precede a write B when A's response came back before B
 * was sent, so a lost update, or an older value winning over a newer one, is caught.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ConcurrentWritesTest {

    private static final int THREADS = 32;
    private static final int OPERATIONS_PER_THREAD = 12;
    private static final int APPS = 12;

    /** One completed write: which flag, which value, on which apps, and when it was in flight. */
    record Write(String flag, boolean value, Set<String> apps, long sentAt, long answeredAt, int status) {
    }

    @Test
    void overlappingPatchesAndBulkChangesNeverFailAndTheLastWriteWins() throws Exception {
        String client = Api.createClient(Api.unique("Concurrent"));
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < APPS; i++) {
            apps.add(Api.addApp(client, Api.createCatalogApp(Api.unique("App"))));
        }
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            threads.add(pool.submit(() -> {
                start.await();
                for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
                    writes.add(randomWrite(client, apps, random));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> thread : threads) {
            thread.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(writes).hasSize(THREADS * OPERATIONS_PER_THREAD);
        assertThat(writes).allSatisfy(write -> assertThat(write.status()).as("status of %s", write).isEqualTo(200));
        for (String app : apps) {
            Map<String, Object> state = operator().get("/v2/clients/" + client + "/apps/" + app).then()
                    .statusCode(200).extract().jsonPath().getMap("$");
            for (String flag : List.of("is_favorite", "is_approved")) {
                List<Write> onThis = writes.stream()
                        .filter(w -> w.flag().equals(flag) && w.apps().contains(app)).toList();
                Set<Boolean> possible = lastWrites(onThis).stream().map(Write::value).collect(Collectors.toSet());
                if (onThis.isEmpty()) {
                    possible = Set.of(false);
                }
                assertThat(possible).as("%s of %s may end as", flag, app).contains((Boolean) state.get(flag));
            }
        }
    }

    /** The writes no other write is known to have followed. */
    private static List<Write> lastWrites(List<Write> writes) {
        return writes.stream()
                .filter(w -> writes.stream().noneMatch(other -> other != w && w.answeredAt() < other.sentAt()))
                .toList();
    }

    private static Write randomWrite(String client, List<String> apps, Random random) {
        boolean value = random.nextBoolean();
        String flag = random.nextBoolean() ? "is_favorite" : "is_approved";
        String base = "/v2/clients/" + client + "/apps";
        if (random.nextInt(3) == 0) {
            String app = apps.get(random.nextInt(apps.size()));
            long sent = System.nanoTime();
            Response response = operator().contentType("application/json").body(Map.of(flag, value))
                    .patch(base + "/" + app);
            return new Write(flag, value, Set.of(app), sent, System.nanoTime(), response.statusCode());
        }
        List<String> shuffled = new ArrayList<>(apps);
        Collections.shuffle(shuffled, random);
        List<String> chosen = shuffled.subList(0, 3 + random.nextInt(apps.size() - 3));
        String action = flag.equals("is_favorite") ? (value ? "/favorites" : "/favorites/remove")
                : (value ? "/approve" : "/reject");
        long sent = System.nanoTime();
        Response response = operator().contentType("application/json").body(Map.of("app_ids", chosen))
                .post(base + action);
        return new Write(flag, value, Set.copyOf(chosen), sent, System.nanoTime(), response.statusCode());
    }
}
