package uk.safeguarding.concern.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * concern-service's clock (it replaces platform-web's UTC default): ages, birthdays and retention
 * dates are dates in England, so "today" is read in Europe/London.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
