package uk.safeguarding.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.notification.service.FanOutService;
import uk.safeguarding.platform.inbox.Inbox;

/** Consumes referral events: deliveries to agencies, prompts, cancellations on revoke. */
@ApplicationScoped
public class ReferralEvents {

    private final Inbox inbox;
    private final FanOutService fanOut;

    public ReferralEvents(Inbox inbox, FanOutService fanOut) {
        this.inbox = inbox;
        this.fanOut = fanOut;
    }

    @Incoming("referrals")
    @Blocking
    public void on(String json) {
        inbox.handle("referrals", json, fanOut::onReferralEvent);
    }
}
