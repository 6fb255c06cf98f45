package uk.safeguarding.referral.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Looks for referrals past {@code dueBy} without acknowledgement. Each is reported once: the
 * flag is persisted with the event, so a restart never reports it again.
 */
@ApplicationScoped
public class OverdueReferrals {

    private final ReferralService referrals;

    public OverdueReferrals(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Scheduled(every = "${safeguarding.referral.overdue-check-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int reported;
        do {
            reported = referrals.reportOverdue(OffsetDateTime.now(ZoneOffset.UTC));
        } while (reported == 200);
    }
}
