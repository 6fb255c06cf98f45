package uk.safeguarding.referral.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.referral.service.ReferralProgress;

/** {@code delivery.succeeded} / {@code delivery.acknowledged} move a referral to SENT / ACKNOWLEDGED. */
@ApplicationScoped
public class DeliveryEvents {

    private final Inbox inbox;
    private final ReferralProgress referrals;

    public DeliveryEvents(Inbox inbox, ReferralProgress referrals) {
        this.inbox = inbox;
        this.referrals = referrals;
    }

    @Incoming("deliveries")
    @Blocking
    public void on(String json) {
        inbox.handle("deliveries", json, referrals::onDelivery);
    }
}
