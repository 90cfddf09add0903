package dev.clientapps.bootstrap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Digests of the service's tables, read straight from the test database: every table of the
 * schema (found at run time, so tables added later are covered too), or only one client's rows.
 * Equal digests before and after a request mean the request changed nothing.
 */
public final class DbChecksums implements AutoCloseable {

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    private final List<String> clientTables = new ArrayList<>();

    public DbChecksums() {
        Config config = ConfigProvider.getConfig();
        try {
            connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
            try (ResultSet rs = connection.createStatement().executeQuery("""
                    select t.table_name,
                           exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
                                   and c.table_name = t.table_name and c.column_name = 'client_id')
                    from information_schema.tables t
                    where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
                      and t.table_name <> 'flyway_schema_history'
                    order by 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        clientTables.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database: " + e.getMessage(), e);
        }
        if (!tables.contains("client_app") || !clientTables.contains("client_app")) {
            throw new IllegalStateException("schema not found; tables: " + tables);
        }
    }

    public List<String> tables() {
        return List.copyOf(tables);
    }

    /** table → digest of all its rows. */
    public Map<String, String> all() {
        return digests(tables, null);
    }

    /** table → digest of the rows that belong to {@code clientId} (its client row and every client_id row). */
    public Map<String, String> ofClient(String clientId) {
        Map<String, String> digests = new TreeMap<>(digests(List.of("client"), clientId));
        digests.putAll(digests(clientTables, clientId));
        return digests;
    }

    /**
     * One statement for all {@code tables}: the row count and the sum of a 64-bit hash of each
     * whole row, which needs no sort and no big string, so it stays cheap however many rows the
     * test suite has left behind; any insert, delete or change of any column changes it.
     */
    private Map<String, String> digests(List<String> tables, String clientId) {
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            parts.add("select '" + table + "', count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) from "
                    + table + " t" + (clientId == null ? "" : " where " + (table.equals("client") ? "id" : "client_id")
                    + " = ?::uuid"));
        }
        Map<String, String> digests = new TreeMap<>();
        synchronized (this) {
            try (PreparedStatement statement = connection.prepareStatement(String.join(" union all ", parts))) {
                if (clientId != null) {
                    for (int i = 1; i <= tables.size(); i++) {
                        statement.setString(i, clientId);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        digests.put(rs.getString(1), rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
