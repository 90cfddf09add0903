package dev.clientapps.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGResultSetMetaData;

/**
 * Plain JDBC on the transaction's own connection (the pool enlists it in the JTA transaction,
 * so these statements share it with Hibernate). Used where a statement must be exactly the one
 * we wrote: keyset pages, row locks in id order, set-based bulk updates.
 */
@ApplicationScoped
class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static final int STREAM_FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final SqlStatementCounter counter;

    @Inject
    Sql(DataSource dataSource, SqlStatementCounter counter) {
        this.dataSource = dataSource;
        this.counter = counter;
    }

    <T> List<T> query(String sql, List<Object> params, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            counter.sent();
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new DataAccessFailure(e);
        }
    }

    /**
     * Hands each row to {@code sink} as it arrives, {@value #STREAM_FETCH_SIZE} rows per round trip,
     * so memory holds one batch whatever the row count. Needs a transaction (PostgreSQL keeps a
     * cursor open only inside one).
     */
    <T> void stream(String sql, List<Object> params, RowMapper<T> mapper, Consumer<T> sink) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            statement.setFetchSize(STREAM_FETCH_SIZE);
            counter.sent();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessFailure(e);
        }
    }

    int update(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            counter.sent();
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessFailure(e);
        }
    }

    /** A uuid[] parameter. */
    static SqlArray uuids(Collection<UUID> ids) {
        return new SqlArray("uuid", ids.toArray(UUID[]::new));
    }

    /** A text[] parameter (cast it in the statement when the column is of another type). */
    static SqlArray texts(Collection<String> values) {
        return new SqlArray("text", values.toArray(String[]::new));
    }

    /** An int4[] parameter. */
    static SqlArray ints(Collection<Integer> values) {
        return new SqlArray("int4", values.toArray(Integer[]::new));
    }

    /** An array parameter of the named PostgreSQL element type. */
    record SqlArray(String elementType, Object[] values) {
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> params)
            throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            int index = i + 1;
            if (value instanceof Instant instant) {
                statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof SqlArray array) {
                Array sqlArray = connection.createArrayOf(array.elementType(), array.values());
                statement.setArray(index, sqlArray);
            } else if (value instanceof NullOf nullOf) {
                statement.setNull(index, nullOf.sqlType());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** A typed SQL NULL parameter. */
    record NullOf(int sqlType) {
        static final NullOf INTEGER = new NullOf(Types.INTEGER);
    }

    /** A timestamptz column by name: the same decoding as {@link #instant(ResultSet, int)}. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /**
     * A timestamptz column as an Instant. In binary transfer (what a server-side prepared statement
     * brings) the value is PostgreSQL's own: microseconds since 2000-01-01 UTC, 8 bytes big-endian,
     * decoded here directly; pgjdbc's OffsetDateTime (three calendar conversions per value on the
     * way to an Instant) was a tenth of a list page's CPU time. Text transfer (a statement's first
     * executions on a connection) and ±infinity go through pgjdbc.
     */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        if (rs.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(column) == BINARY) {
            byte[] bytes = rs.getBytes(column);
            if (bytes == null) {
                return null;
            }
            if (bytes.length == Long.BYTES) {
                long micros = ByteBuffer.wrap(bytes).getLong();
                if (micros != Long.MAX_VALUE && micros != Long.MIN_VALUE) {
                    return Instant.ofEpochSecond(POSTGRES_EPOCH + Math.floorDiv(micros, 1_000_000L),
                            Math.floorMod(micros, 1_000_000L) * 1_000L);
                }
            }
        }
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static final int BINARY = 1;
    /** 2000-01-01T00:00:00Z in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
}
