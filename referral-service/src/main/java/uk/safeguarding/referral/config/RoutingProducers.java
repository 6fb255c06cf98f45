package uk.safeguarding.referral.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.safeguarding.referral.domain.ReferralRouting;
import uk.safeguarding.referral.domain.WorkingDayCalendar;

import java.time.ZoneId;

/** The plain domain rules, made available for injection. */
public class RoutingProducers {

    @Produces
    @Singleton
    WorkingDayCalendar calendar(ReferralConfig config) {
        return WorkingDayCalendar.englandAndWales(ZoneId.of(config.workingDayZone()));
    }

    @Produces
    @Singleton
    ReferralRouting routing(WorkingDayCalendar calendar) {
        return new ReferralRouting(calendar);
    }
}
