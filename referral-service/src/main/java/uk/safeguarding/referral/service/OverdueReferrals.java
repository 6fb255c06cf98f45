package uk.safeguarding.referral.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import uk.safeguarding.platform.time.Clocks;

import java.time.Clock;

/**
 * Looks for referrals past {@code dueBy} without acknowledgement. Each is reported once: the
 * flag is persisted with the event, so a restart never reports it again.
 */
@ApplicationScoped
public class OverdueReferrals {

    private final ReferralProgress referrals;
    private final Clock clock;

    public OverdueReferrals(ReferralProgress referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Scheduled(every = "${safeguarding.referral.overdue-check-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int reported;
        do {
            reported = referrals.reportOverdue(Clocks.now(clock));
        } while (reported == 200);
    }
}
