package uk.safeguarding.concern.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The clock retention reads "today" from: dates of retention are dates in England. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
