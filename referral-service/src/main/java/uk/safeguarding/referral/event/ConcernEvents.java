package uk.safeguarding.referral.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.referral.service.ReferralService;

/** {@code concern.decided} → referrals; the inbox makes a redelivered event create nothing new. */
@ApplicationScoped
public class ConcernEvents {

    private final Inbox inbox;
    private final ReferralService referrals;

    public ConcernEvents(Inbox inbox, ReferralService referrals) {
        this.inbox = inbox;
        this.referrals = referrals;
    }

    @Incoming("concerns")
    @Blocking
    public void on(String json) {
        inbox.handle("concerns", json, referrals::route);
    }
}
