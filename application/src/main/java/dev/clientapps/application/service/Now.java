package dev.clientapps.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision the API shows (milliseconds), so stored and shown values agree. */
@ApplicationScoped
public class Now {

    private final Clock clock;

    @Inject
    public Now(Clock clock) {
        this.clock = clock;
    }

    public Instant instant() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
