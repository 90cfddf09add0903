package dev.clientapps.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements this adapter sends over JDBC, for tests and diagnostics that check a
 * request's statement budget. (Statements Hibernate sends are counted by Hibernate's statistics.)
 */
@ApplicationScoped
public class SqlStatementCounter {

    private final AtomicLong sent = new AtomicLong();

    void sent() {
        sent.incrementAndGet();
    }

    /** Statements sent since the application started. */
    public long total() {
        return sent.get();
    }
}
