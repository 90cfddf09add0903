package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many threads PATCH, favorite, unfavorite, approve and reject overlapping apps for a bounded
 * time. A sequential model then replays the same operations in the order they committed and
 * must predict, transaction by transaction, exactly the rows each one changed, and the final
 * state of every app.
 *
 * <p>How the commit order is observed: a test-only trigger (installed in this run's database for
 * the test, removed after) logs every real change of a client_app row with its transaction id
 * and a sequence number. Two transactions that touch a common row are serialised by its row
 * lock, so ordering transactions by their last logged change orders every conflicting pair as
 * it committed. Each operation is recognisable in the log: a PATCH writes a license_count no
 * other operation writes, and every bulk request also carries a "marker" app of its own that
 * starts in the opposite state, so it always changes at least that row.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ConcurrencyModelTest {

    private static final int THREADS = 6;
    private static final long RUN_MILLIS = 8_000;
    private static final int SHARED_APPS = 8;
    private static final int MARKERS_PER_KIND = 400;
    private static final String UNKNOWN = "ffffffff-ffff-ffff-ffff-ffffffffffff";

    record State(boolean favorite, boolean approved, Integer licenseCount) {
    }

    /** One operation: a PATCH ({@code flag} null: both flags may be set) or a bulk action on {@code apps}. */
    record Op(int id, String action, String app, Boolean favorite, Boolean approved, List<String> apps,
              String marker, int status) {

        boolean isPatch() {
            return action.equals("patch");
        }

        /** The rows this operation changes when applied to {@code model}, with their new state. */
        Map<String, State> changes(Map<String, State> model) {
            Map<String, State> changed = new HashMap<>();
            if (isPatch()) {
                State old = model.get(app);
                changed.put(app, new State(favorite == null ? old.favorite() : favorite,
                        approved == null ? old.approved() : approved, id));
                return changed;
            }
            boolean value = action.equals("favorites") || action.equals("approve");
            boolean favoriteFlag = action.startsWith("favorites");
            for (String target : apps) {
                State old = model.get(target);
                if (old == null) {
                    continue;
                }
                State now = favoriteFlag ? new State(value, old.approved(), old.licenseCount())
                        : new State(old.favorite(), value, old.licenseCount());
                if (!now.equals(old)) {
                    changed.put(target, now);
                }
            }
            return changed;
        }
    }

    record Change(long seq, long tx, String app, State state, Integer oldLicenseCount) {
    }

    @Test
    void concurrentWritesCommitAsSomeSequentialOrderOfThemAndLoseNothing() throws Exception {
        Hostile hostile = new Hostile("concurrency");
        String client = Api.createClient(Api.unique("Contended"));
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < SHARED_APPS; i++) {
            shared.add(Api.addApp(client, Api.createCatalogApp(Api.unique("Contended app")), hostile.chance(50),
                    hostile.chance(50), null));
        }
        try (DbChecksums db = new DbChecksums()) {
            Connection connection = db.connection();
            List<String> markersOff = insertMarkers(connection, client, false);
            List<String> markersOn = insertMarkers(connection, client, true);
            Map<String, State> initial = states(connection, client);
            installChangeLog(connection);
            try {
                List<Op> ops = run(client, shared, markersOff, markersOn, hostile.seed());
                List<Change> changes = changeLog(connection);
                Map<String, State> finalState = states(connection, client);
                verify(ops, changes, initial, finalState);
                Exchanges.Figures.record(String.format("concurrency model: %d threads, %d operations in %d ms, "
                                + "%d transactions replayed, %d rows compared, 5xx 0, deadlocks 0",
                        THREADS, ops.size(), RUN_MILLIS, ops.size(), finalState.size()));
            } finally {
                removeChangeLog(connection);
            }
        }
    }

    private static List<Op> run(String client, List<String> shared, List<String> markersOff, List<String> markersOn,
                                long seed) throws Exception {
        String token = TestTokens.token("apps:write", client);
        AtomicInteger nextId = new AtomicInteger(1_000_000);
        AtomicInteger nextOff = new AtomicInteger();
        AtomicInteger nextOn = new AtomicInteger();
        ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();
        long deadline = System.currentTimeMillis() + RUN_MILLIS;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed + t);
            workers.add(pool.submit(() -> {
                while (System.currentTimeMillis() < deadline) {
                    ops.add(oneOp(client, token, shared, random, nextId.getAndIncrement(),
                            markersOff, nextOff, markersOn, nextOn));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(RUN_MILLIS + 60_000, TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        return new ArrayList<>(ops);
    }

    private static Op oneOp(String client, String token, List<String> shared, Random random, int id,
                            List<String> markersOff, AtomicInteger nextOff, List<String> markersOn,
                            AtomicInteger nextOn) {
        String base = "/v2/clients/" + client + "/apps";
        String action = List.of("patch", "patch", "favorites", "favorites/remove", "approve", "reject")
                .get(random.nextInt(6));
        boolean positive = action.equals("favorites") || action.equals("approve");
        int markerIndex = action.equals("patch") ? -1 : (positive ? nextOff : nextOn).getAndIncrement();
        if (action.equals("patch") || markerIndex >= MARKERS_PER_KIND) {
            String app = shared.get(random.nextInt(shared.size()));
            Boolean favorite = random.nextInt(3) == 0 ? null : random.nextBoolean();
            Boolean approved = random.nextInt(3) == 0 ? null : random.nextBoolean();
            StringBuilder body = new StringBuilder("{\"license_count\":" + id);
            if (favorite != null) {
                body.append(",\"is_favorite\":").append(favorite);
            }
            if (approved != null) {
                body.append(",\"is_approved\":").append(approved);
            }
            RawHttp.Reply reply = RawHttp.send("PATCH", base + "/" + app, token, "application/json",
                    body.append('}').toString().getBytes(StandardCharsets.UTF_8));
            WellBehaved.check(reply, "PATCH " + app + " " + body);
            return new Op(id, "patch", app, favorite, approved, List.of(), null, reply.status());
        }
        String marker = (positive ? markersOff : markersOn).get(markerIndex);
        List<String> ids = new ArrayList<>();
        ids.add(marker);
        for (int i = 0, n = 1 + random.nextInt(shared.size()); i < n; i++) {
            ids.add(shared.get(random.nextInt(shared.size())));
        }
        if (random.nextInt(4) == 0) {
            ids.add(UNKNOWN);
        }
        java.util.Collections.shuffle(ids, random);
        String body = "{\"app_ids\":[\"" + String.join("\",\"", ids) + "\"]}";
        RawHttp.Reply reply = RawHttp.send("POST", base + "/" + action, token, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        WellBehaved.check(reply, "POST " + action + " " + body);
        List<String> targets = new ArrayList<>(new LinkedHashSet<>(ids));
        targets.remove(UNKNOWN);
        if (reply.status() == 200) {
            assertThat(reply.body()).as("bulk answer").contains(marker);
        }
        return new Op(id, action, null, null, null, targets, marker, reply.status());
    }

    private static void verify(List<Op> ops, List<Change> changes, Map<String, State> initial,
                               Map<String, State> finalState) {
        assertThat(ops).as("operations").hasSizeGreaterThan(THREADS * 5);
        assertThat(ops).allSatisfy(op -> assertThat(op.status()).as("status of %s", op).isEqualTo(200));

        Map<Long, List<Change>> byTx = new HashMap<>();
        changes.forEach(c -> byTx.computeIfAbsent(c.tx(), tx -> new ArrayList<>()).add(c));
        // A PATCH is the change that set its own license_count; a bulk request, the change of its marker.
        Map<String, List<Long>> txsBySignature = new HashMap<>();
        for (Change c : changes) {
            if (c.state().licenseCount() != null && !c.state().licenseCount().equals(c.oldLicenseCount())) {
                txsBySignature.computeIfAbsent(c.app() + "#" + c.state().licenseCount(), k -> new ArrayList<>())
                        .add(c.tx());
            }
            txsBySignature.computeIfAbsent(c.app(), k -> new ArrayList<>()).add(c.tx());
        }
        Map<Long, Op> opOfTx = new HashMap<>();
        for (Op op : ops) {
            List<Long> txs = txsBySignature.getOrDefault(op.isPatch() ? op.app() + "#" + op.id() : op.marker(),
                    List.of());
            assertThat(txs).as("transactions that carried out %s", op).hasSize(1);
            assertThat(opOfTx.put(txs.get(0), op)).as("transaction %d claimed twice", txs.get(0)).isNull();
        }
        assertThat(opOfTx.keySet()).as("every logged change belongs to a request that was made")
                .containsExactlyInAnyOrderElementsOf(byTx.keySet());

        List<Long> commitOrder = new ArrayList<>(byTx.keySet());
        commitOrder.sort(Comparator.comparingLong(tx -> byTx.get(tx).stream().mapToLong(Change::seq).max().orElseThrow()));
        Map<String, State> model = new HashMap<>(initial);
        for (long tx : commitOrder) {
            Op op = opOfTx.get(tx);
            Map<String, State> predicted = op.changes(model);
            Map<String, State> logged = new HashMap<>();
            byTx.get(tx).forEach(c -> logged.put(c.app(), c.state()));
            assertThat(logged).as("rows changed by %s (transaction %d), replayed in commit order", op, tx)
                    .isEqualTo(predicted);
            model.putAll(predicted);
        }
        assertThat(finalState).as("final state predicted by the sequential model").isEqualTo(model);
    }

    // --- the database side ------------------------------------------------------------------------

    /** Apps that exist only to mark one bulk request each (see class comment); inserted directly, being many. */
    private static List<String> insertMarkers(Connection connection, String client, boolean on) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                with catalog as (
                    insert into catalog_app (id, canonical_name, created_at, updated_at)
                    select gen_random_uuid(), 'Marker ' || g, date_trunc('milliseconds', now()),
                           date_trunc('milliseconds', now())
                    from generate_series(1, ?) g
                    returning id)
                insert into client_app (client_id, id, catalog_app_id, is_favorite, is_approved, created_at, updated_at)
                select ?::uuid, gen_random_uuid(), id, ?, ?, date_trunc('milliseconds', now()),
                       date_trunc('milliseconds', now())
                from catalog
                returning id""")) {
            statement.setInt(1, MARKERS_PER_KIND);
            statement.setString(2, client);
            statement.setBoolean(3, on);
            statement.setBoolean(4, on);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static Map<String, State> states(Connection connection, String client) throws SQLException {
        Map<String, State> states = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, is_favorite, is_approved, license_count from client_app where client_id = ?::uuid")) {
            statement.setString(1, client);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), new State(rs.getBoolean(2), rs.getBoolean(3),
                            (Integer) rs.getObject(4)));
                }
            }
        }
        return states;
    }

    private static void installChangeLog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table test_change_log (seq bigserial primary key, tx bigint not null, app_id uuid not null,
                        is_favorite boolean not null, is_approved boolean not null, license_count integer,
                        old_license_count integer)""");
            statement.execute("""
                    create function test_log_change() returns trigger language plpgsql as $$
                    begin
                        insert into test_change_log (tx, app_id, is_favorite, is_approved, license_count, old_license_count)
                        values (txid_current(), new.id, new.is_favorite, new.is_approved, new.license_count,
                                old.license_count);
                        return null;
                    end $$""");
            statement.execute("""
                    create trigger test_log_change after update on client_app for each row
                    when (old.is_favorite is distinct from new.is_favorite
                          or old.is_approved is distinct from new.is_approved
                          or old.license_count is distinct from new.license_count)
                    execute function test_log_change()""");
        }
    }

    private static List<Change> changeLog(Connection connection) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select seq, tx, app_id, is_favorite, is_approved, license_count, old_license_count "
                             + "from test_change_log order by seq")) {
            while (rs.next()) {
                changes.add(new Change(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        new State(rs.getBoolean(4), rs.getBoolean(5), (Integer) rs.getObject(6)), (Integer) rs.getObject(7)));
            }
        }
        return changes;
    }

    private static void removeChangeLog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop trigger if exists test_log_change on client_app");
            statement.execute("drop function if exists test_log_change()");
            statement.execute("drop table if exists test_change_log");
        }
    }
}
