package uk.safeguarding.concern.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.concern.service.ReferralProjections;
import uk.safeguarding.platform.inbox.Inbox;

/** referral.* events: which agencies a concern was referred to (and revocations). */
@ApplicationScoped
public class ReferralEvents {

    private final Inbox inbox;
    private final ReferralProjections projections;

    public ReferralEvents(Inbox inbox, ReferralProjections projections) {
        this.inbox = inbox;
        this.projections = projections;
    }

    @Incoming("referrals")
    @Blocking
    public void on(String json) {
        inbox.handle("referrals", json, projections::apply);
    }
}
