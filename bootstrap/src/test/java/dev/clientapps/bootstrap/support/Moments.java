package dev.clientapps.bootstrap.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Points in time for tests that filter the audit trail by when events happened. */
public final class Moments {

    private Moments() {
    }

    /** Now, to the millisecond events are stamped with, a little apart from the requests before and after. */
    public static Instant apart() {
        try {
            Thread.sleep(5);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Thread.sleep(5);
            return now;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
