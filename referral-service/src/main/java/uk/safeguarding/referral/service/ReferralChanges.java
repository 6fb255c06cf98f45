package uk.safeguarding.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.time.Clocks;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.mapping.ReferralMapper;
import uk.safeguarding.referral.repository.Referral;

import java.time.Clock;
import java.time.OffsetDateTime;

/** What every change of a referral announces ({@code safeguarding.referrals}, keyed by the child), and the time it happened. */
@ApplicationScoped
public class ReferralChanges {

    private final Outbox outbox;
    private final ReferralMapper mapper;
    private final Clock clock;

    public ReferralChanges(Outbox outbox, ReferralMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    void emit(String type, Referral referral, ReferralStatus previous, OffsetDateTime at) {
        outbox.publish(Topics.REFERRALS, type, referral.childId.toString(), mapper.toEvent(referral, previous, at));
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    public OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
