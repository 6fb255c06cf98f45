package uk.safeguarding.referral.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: the system clock unless a test stands it on a fixed instant. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock {

    private static volatile Clock current = Clock.systemUTC();

    public static void fixAt(Instant instant) {
        current = Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static void reset() {
        current = Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return current.withZone(zone);
            }

            @Override
            public Instant instant() {
                return current.instant();
            }
        };
    }
}
