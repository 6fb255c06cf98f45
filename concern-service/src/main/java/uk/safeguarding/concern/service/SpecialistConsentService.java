package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.SpecialistConsentRequest;
import uk.safeguarding.concern.api.SpecialistConsentView;
import uk.safeguarding.concern.domain.Party;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.ReferralProjection;
import uk.safeguarding.concern.repository.ReferralProjectionRepository;
import uk.safeguarding.concern.repository.SpecialistConsent;
import uk.safeguarding.concern.repository.SpecialistConsentRepository;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.SpecialistConsentEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Role;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The child's own agreement to a specialist referral, recorded at any time (procedure 3.4: "a
 * referral should be made as appropriate, if the child or young person is in agreement").
 * Agreeing emits {@code concern.consent-given} (referral-service makes the referral); withdrawing
 * emits {@code concern.consent-withdrawn} (referral-service revokes that specialist's referral
 * whatever its status) and from this transaction on the specialist reads nothing of the concern.
 */
@ApplicationScoped
@Transactional
public class SpecialistConsentService {

    private final ConcernRepository concerns;
    private final SpecialistConsentRepository consents;
    private final ReferralProjectionRepository referrals;
    private final Specialists specialists;
    private final Access access;
    private final BodyValidation validation;
    private final History history;
    private final Outbox outbox;
    private final Times times;

    public SpecialistConsentService(ConcernRepository concerns, SpecialistConsentRepository consents,
                                    ReferralProjectionRepository referrals, Specialists specialists, Access access,
                                    BodyValidation validation, History history, Outbox outbox, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.consents = consents;
        this.referrals = referrals;
        this.specialists = specialists;
        this.access = access;
        this.validation = validation;
        this.history = history;
        this.outbox = outbox;
    }

    public SpecialistConsentView record(UUID concernId, SpecialistConsentRequest body) {
        var caller = access.caller();
        validation.check(body);
        caller.require(Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(concernId).orElse(null), concernId);
        String specialist = specialists.require("specialistOrgId", body.specialistOrgId());
        if (body.by() != Party.CHILD) {
            throw ProblemException.unprocessable("by", "only the child's own agreement counts (procedure 3.4): by must be CHILD");
        }
        if (body.agreed() && !c.status.isOpen()) {
            throw ProblemException.conflict("the concern is closed: raise a new concern to refer again");
        }
        OffsetDateTime now = times.now();
        SpecialistConsent record = new SpecialistConsent();
        record.id = UUID.randomUUID();
        record.concernId = c.id;
        record.specialistOrgId = specialist;
        record.agreed = body.agreed();
        record.by = body.by();
        record.reason = body.reason().strip();
        record.recordedAt = now;
        record.recordedBy = caller.actor();
        consents.persist(record);
        c.updatedAt = now;
        history.record(c.id, now, caller.actor(), body.agreed() ? "SPECIALIST_AGREED" : "SPECIALIST_CONSENT_WITHDRAWN",
                Map.of("specialistOrgId", specialist, "by", body.by()));
        if (!body.agreed()) {
            // At once, not when referral-service's revocation comes back: the specialist reads nothing from now.
            for (ReferralProjection r : referrals.activeOf(c.id)) {
                if (specialist.equals(r.agencyOrgId)) {
                    r.status = ReferralProjection.REVOKED;
                    r.updatedAt = now;
                }
            }
        }
        outbox.publish(Topics.CONCERNS, body.agreed() ? EventTypes.CONCERN_CONSENT_GIVEN : EventTypes.CONCERN_CONSENT_WITHDRAWN,
                c.childId.toString(), new SpecialistConsentEvent(c.id, c.childId, c.settingOrgId, specialist, body.agreed(),
                        body.by().name(), now));
        return view(record);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpecialistConsentView> list(UUID concernId) {
        access.caller().require(Role.DCPO);
        Concern c = access.ownSetting(concerns.findById(concernId), concernId);
        return consents.of(c.id).stream().map(SpecialistConsentService::view).toList();
    }

    private static SpecialistConsentView view(SpecialistConsent r) {
        return new SpecialistConsentView(r.id, r.concernId, r.specialistOrgId, r.agreed, r.by, r.reason, r.recordedAt, r.recordedBy);
    }
}
