package dev.clientapps.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Writes made with plain SQL, around the service: what an operator's statements would do. */
public final class SqlWrites {

    private SqlWrites() {
    }

    /** An INSERT, UPDATE or DELETE with text parameters on a connection of its own; it must change a row. */
    public static void change(DataSource dataSource, String statement, String... params) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            change(connection, statement, params);
        }
    }

    /** The same on {@code connection}, inside whatever transaction it holds. */
    public static void change(Connection connection, String statement, String... params) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                update.setString(i + 1, params[i]);
            }
            assertThat(update.executeUpdate()).as(statement).isPositive();
        }
    }
}
