package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.repository.ReferralProjection;
import uk.safeguarding.concern.repository.ReferralProjectionRepository;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ReferralEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps which agency a concern was referred to, from referral events: a referral lets its
 * agency read the concern (police also its intelligence) until it is revoked.
 */
@ApplicationScoped
public class ReferralProjections {

    private final ReferralProjectionRepository referrals;
    private final CloudEvents cloudEvents;
    private final IntelligenceMatcher matcher;

    public ReferralProjections(ReferralProjectionRepository referrals, CloudEvents cloudEvents, IntelligenceMatcher matcher) {
        this.referrals = referrals;
        this.cloudEvents = cloudEvents;
        this.matcher = matcher;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith("uk.safeguarding.referral.")) {
            return;
        }
        ReferralEvent data = cloudEvents.data(event, ReferralEvent.class);
        if (data.referralId() == null || data.concernId() == null || data.agencyOrgId() == null) {
            return;
        }
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
        ReferralProjection row = referrals.findById(data.referralId());
        boolean created = row == null;
        if (row == null) {
            row = new ReferralProjection();
            row.referralId = data.referralId();
            row.concernId = data.concernId();
            row.childId = data.childId();
            row.agencyOrgId = data.agencyOrgId();
            row.agencyType = data.agencyType();
            row.role = data.role();
            row.status = "PENDING";
            row.updatedAt = at;
            referrals.persist(row);
        } else if (ReferralProjection.REVOKED.equals(row.status)) {
            return; // a revocation is final
        } else if (row.updatedAt.isAfter(at) && !EventTypes.REFERRAL_REVOKED.equals(event.type())) {
            return; // an older event arriving late
        }
        if (EventTypes.REFERRAL_REVOKED.equals(event.type())) {
            row.status = ReferralProjection.REVOKED;
        } else if (data.status() != null) {
            row.status = data.status();
        }
        row.updatedAt = at;
        // Intelligence matching for police (contract section 11): a newly referred concern's intelligence
        // is matched against the force's; a revoked referral takes its concern out of the force's matches.
        if (ReferralProjection.REVOKED.equals(row.status)) {
            matcher.afterRevoked(row.referralId);
        } else if (created && POLICE_FORCE.equals(row.agencyType)) {
            matcher.afterReferredToPolice(row.concernId);
        }
    }

    private static final String POLICE_FORCE = "POLICE_FORCE";
}
