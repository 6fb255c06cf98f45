package uk.safeguarding.referral.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.referral.service.ReferralIntake;

/**
 * {@code concern.decided} → referrals; {@code concern.consent-given} / {@code concern.consent-withdrawn}
 * → a specialist referral made or revoked. The inbox makes a redelivered event change nothing.
 */
@ApplicationScoped
public class ConcernEvents {

    private final Inbox inbox;
    private final ReferralIntake referrals;

    public ConcernEvents(Inbox inbox, ReferralIntake referrals) {
        this.inbox = inbox;
        this.referrals = referrals;
    }

    @Incoming("concerns")
    @Blocking
    public void on(String json) {
        inbox.handle("concerns", json, event -> {
            referrals.route(event);
            referrals.onSpecialistConsent(event);
        });
    }
}
