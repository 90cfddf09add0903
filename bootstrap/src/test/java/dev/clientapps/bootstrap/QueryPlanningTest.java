package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;

/**
 * The service's connections prepare repeated statements on the server (pgjdbc's default
 * threshold) and PostgreSQL still plans every execution with its values (application.properties).
 * A prepared statement of the page statements' shape (explicit columns over a subquery of
 * {@code client_app a}) keeps working after an additive migration changes the table under it, even
 * inside a transaction (a top-level {@code select a.*} would fail there with "cached plan must not
 * change result type"). No statement starts parallel workers, which on a loaded server compete with
 * the other requests for the same cores. And {@code name_key} has the planner statistics that keep
 * a common substring search on the client's name index (migration V7).
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class QueryPlanningTest {

    private static final String PAGE_SHAPE = """
            select a.id, a.name_key from (select a.* from client_app a where a.client_id = ?
            order by a.name_key, a.id limit 51) a order by a.name_key, a.id""";

    @Inject
    DataSource dataSource;

    @Test
    void everyExecutionIsPlannedWithItsValues() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("show plan_cache_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
        }
    }

    @Test
    void noStatementStartsParallelWorkers() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                // parallel plans made free, so the planner takes one for any scan it is allowed to
                st.execute("set local parallel_setup_cost = 0");
                st.execute("set local parallel_tuple_cost = 0");
                st.execute("set local min_parallel_table_scan_size = 0");
                st.execute("set local min_parallel_index_scan_size = 0");
                List<String> plan = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("explain select count(*) from client_app")) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                assertThat(plan).isNotEmpty().noneMatch(line -> line.contains("Gather") || line.contains("Parallel"));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void nameKeysHaveStatisticsFineEnoughForSubstringEstimates() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select attrelid::regclass::text, attstattarget from pg_attribute"
                     + " where attname = 'name_key' and attrelid in ('client_app'::regclass, 'catalog_app'::regclass)"
                     + " order by 1")) {
            List<String> targets = new ArrayList<>();
            while (rs.next()) {
                targets.add(rs.getString(1) + "=" + rs.getInt(2));
            }
            assertThat(targets).containsExactly("catalog_app=1000", "client_app=1000");
        }
    }

    @Test
    void aPreparedPageStatementSurvivesAColumnAddedToItsTable() throws SQLException {
        UUID client = UUID.fromString(Api.createClient(Api.unique("prepared")));
        for (int i = 0; i < 3; i++) {
            Api.addApp(client.toString(), Api.createCatalogApp(Api.unique("Prepared app")));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement(PAGE_SHAPE)) {
            List<String> before = run(page, client, 6);
            assertThat(before).hasSize(3);
            assertThat(page.unwrap(PGStatement.class).isUseServerPrepare()).isTrue();

            try (Connection other = dataSource.getConnection(); Statement ddl = other.createStatement()) {
                ddl.execute("alter table client_app add column prepared_probe int");
                // inside a transaction, where pgjdbc could not re-prepare and retry on its own
                connection.setAutoCommit(false);
                try {
                    assertThat(run(page, client, 2)).isEqualTo(before);
                    connection.commit();
                } finally {
                    connection.setAutoCommit(true);
                    ddl.execute("alter table client_app drop column prepared_probe");
                }
            }
            assertThat(run(page, client, 2)).isEqualTo(before);
        }
    }

    private static List<String> run(PreparedStatement page, UUID client, int times) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            rows.clear();
            page.setObject(1, client);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
