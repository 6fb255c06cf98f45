package uk.safeguarding.concern.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.concern.service.ReferralProjections;
import uk.safeguarding.concern.service.RetentionService;
import uk.safeguarding.platform.inbox.Inbox;

/** referral.* events: which agencies a concern was referred to (and revocations); legal holds on erasure. */
@ApplicationScoped
public class ReferralEvents {

    private final Inbox inbox;
    private final ReferralProjections projections;
    private final RetentionService retention;

    public ReferralEvents(Inbox inbox, ReferralProjections projections, RetentionService retention) {
        this.inbox = inbox;
        this.projections = projections;
        this.retention = retention;
    }

    @Incoming("referrals")
    @Blocking
    public void on(String json) {
        inbox.handle("referrals", json, event -> {
            projections.apply(event);
            // Legal holds on erasure: a police investigation opened, a support plan's court date.
            retention.apply(event);
        });
    }
}
