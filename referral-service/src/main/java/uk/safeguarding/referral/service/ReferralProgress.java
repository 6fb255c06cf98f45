package uk.safeguarding.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.DeliveryEvent;
import uk.safeguarding.referral.domain.ReferralLifecycle;
import uk.safeguarding.referral.domain.ReferralLifecycle.Trigger;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.repository.Referral;
import uk.safeguarding.referral.repository.ReferralRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A referral's progress without the agency's hand: delivered, acknowledged, or overdue without acknowledgement. */
@ApplicationScoped
@Transactional
public class ReferralProgress {

    private static final Logger LOG = Logger.getLogger(ReferralProgress.class);

    private final ReferralRepository referrals;
    private final ReferralChanges changes;
    private final CloudEvents cloudEvents;

    public ReferralProgress(ReferralRepository referrals, ReferralChanges changes, CloudEvents cloudEvents) {
        this.referrals = referrals;
        this.changes = changes;
        this.cloudEvents = cloudEvents;
    }

    /** {@code delivery.succeeded} → SENT, {@code delivery.acknowledged} → ACKNOWLEDGED; late or foreign events change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDelivery(CloudEvent event) {
        Trigger trigger;
        if (EventTypes.DELIVERY_SUCCEEDED.equals(event.type())) {
            trigger = Trigger.DELIVERED;
        } else if (EventTypes.DELIVERY_ACKNOWLEDGED.equals(event.type())) {
            trigger = Trigger.ACKNOWLEDGED;
        } else {
            return;
        }
        DeliveryEvent delivery = cloudEvents.data(event, DeliveryEvent.class);
        if (delivery.referralId() == null) {
            return;
        }
        Referral referral = referrals.findForUpdate(delivery.referralId()).orElse(null);
        if (referral == null) {
            LOG.debugf("delivery %s names an unknown referral", delivery.deliveryId());
            return;
        }
        // A prompt about this referral delivered to the setting is not the referral reaching the agency.
        if (delivery.recipientOrgId() != null && !delivery.recipientOrgId().equals(referral.agencyOrgId)) {
            return;
        }
        Optional<ReferralStatus> next = ReferralLifecycle.next(referral.status, trigger);
        if (next.isEmpty()) {
            LOG.debugf("referral %s is %s: %s changes nothing", referral.id, referral.status, event.shortType());
            return;
        }
        OffsetDateTime now = changes.now();
        OffsetDateTime at = Optional.ofNullable(delivery.at()).orElse(now);
        ReferralStatus previous = referral.status;
        referral.status = next.get();
        if (referral.sentAt == null) {
            referral.sentAt = at;
        }
        if (referral.status == ReferralStatus.ACKNOWLEDGED) {
            referral.acknowledgedAt = at;
        }
        referral.updatedAt = now;
        changes.emit(EventTypes.REFERRAL_STATUS_CHANGED, referral, previous, now);
    }

    /** Emits {@code referral.overdue} once for each referral past due without acknowledgement. */
    public int reportOverdue(OffsetDateTime now) {
        List<Referral> overdue = referrals.overdueUnreported(now, 200);
        for (Referral referral : overdue) {
            referral.overdueNotifiedAt = now;
            changes.emit(EventTypes.REFERRAL_OVERDUE, referral, null, now);
            LOG.infof("referral %s (%s) is past due without acknowledgement", referral.id, referral.role);
        }
        return overdue.size();
    }
}
