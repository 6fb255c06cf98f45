package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.platform.time.Clocks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The service's "now" and "today", read from the injected {@link Clock}: times as PostgreSQL keeps
 * them (microseconds), dates as dates in England. A test runs the rules at any date by giving a clock.
 */
@ApplicationScoped
public class Times {

    private final Clock clock;

    public Times(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return Clocks.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Ages.ENGLAND));
    }
}
