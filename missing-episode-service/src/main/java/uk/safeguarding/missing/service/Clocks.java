package uk.safeguarding.missing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** The service's clock (UTC), one place to read "now" from. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
