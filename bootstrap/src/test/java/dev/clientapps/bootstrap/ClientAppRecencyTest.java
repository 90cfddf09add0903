package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Migration V8: a change of an app's flags and updated_at is a heap-only (HOT) update of
 * client_app, writing no index entry; the (client_id, updated_at, id) order lives in
 * client_app_recency instead, matched to client_app by (client_id, id), which cannot change.
 * (That the two tables stay in step is checked in {@link ClientAppCountsTest}.)
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ClientAppRecencyTest {

    @Inject
    DataSource dataSource;

    @Test
    void aChangeOfFlagsAndUpdatedAtIsAHeapOnlyUpdate() throws SQLException {
        String client = clientWithApps(3);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // This backend's pending counts can still hold earlier transactions' updates (PostgreSQL
                // flushes them at most once a second, and only between transactions), so compare a
                // reading before the update with one after it, inside the same transaction.
                long[] before = updateCounts(connection);
                // the statement of a bulk request (AppPersistenceAdapter.setFlag), for all three apps
                try (PreparedStatement update = connection.prepareStatement(
                        "update client_app set is_favorite = not is_favorite, updated_at = clock_timestamp()"
                                + " where client_id = ?::uuid")) {
                    update.setString(1, client);
                    assertThat(update.executeUpdate()).isEqualTo(3);
                }
                long[] after = updateCounts(connection);
                assertThat(after[0] - before[0]).as("rows updated").isEqualTo(3);
                assertThat(after[1] - before[1]).as("of which heap-only (no index entry written)").isEqualTo(3);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void anAppsClientIdAndIdCannotChange() throws SQLException {
        String client = clientWithApps(1);
        String other = Api.createClient(Api.unique("Recency other"));
        for (String assignment : new String[] {"id = '" + UUID.randomUUID() + "'", "client_id = '" + other + "'"}) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update client_app set " + assignment + " where client_id = ?::uuid")) {
                update.setString(1, client);
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("client_id and id cannot change");
            }
        }
    }

    /** Rows of client_app this backend has updated, and how many of them heap-only, not yet flushed. */
    private static long[] updateCounts(Connection connection) throws SQLException {
        try (PreparedStatement stats = connection.prepareStatement(
                "select n_tup_upd, n_tup_hot_upd from pg_stat_xact_user_tables where relid = 'client_app'::regclass");
             ResultSet rs = stats.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static String clientWithApps(int count) {
        String client = Api.createClient(Api.unique("Recency"));
        Api.addNewApps(client, count);
        return client;
    }
}
