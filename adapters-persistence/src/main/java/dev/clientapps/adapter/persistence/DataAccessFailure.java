package dev.clientapps.adapter.persistence;

import java.sql.SQLException;

/** A database error that no caller can act on; it surfaces as a server fault (or 503 when the database is unreachable). */
final class DataAccessFailure extends RuntimeException {

    DataAccessFailure(SQLException cause) {
        super("database access failed (SQLState " + cause.getSQLState() + ")", cause);
    }
}
