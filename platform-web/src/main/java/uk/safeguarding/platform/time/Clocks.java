package uk.safeguarding.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The one {@link Clock} every service injects, so that a rule's tests (and the daily jobs) can run
 * at any date with a fixed or offset clock instead of a test-only endpoint. UTC unless a service
 * produces its own (concern-service: English local dates, for ages and birthdays).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
