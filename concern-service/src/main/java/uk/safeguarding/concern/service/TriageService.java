package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.CloseRequest;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.Outcome;
import uk.safeguarding.concern.domain.TriageDecision;
import uk.safeguarding.concern.domain.TriageRules;
import uk.safeguarding.concern.mapping.ConcernMapper;
import uk.safeguarding.concern.mapping.Text;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernDecision;
import uk.safeguarding.concern.repository.ConcernDecisionRepository;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Role;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The DCPO's triage: decide (refer, monitor, no further action) and close (contract section 5). */
@ApplicationScoped
@Transactional
public class TriageService {

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernDecisionRepository decisions;
    private final ConcernIndicatorRepository indicators;
    private final ConcernViews views;
    private final ConcernMapper mapper;
    private final History history;
    private final Access access;
    private final BodyValidation validation;
    private final Outbox outbox;
    private final Specialists specialists;
    private final Times times;

    public TriageService(ConcernRepository concerns, ChildRepository children, ConcernDecisionRepository decisions,
                         ConcernIndicatorRepository indicators, ConcernViews views, ConcernMapper mapper, History history,
                         Access access, BodyValidation validation, Outbox outbox, Specialists specialists, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.children = children;
        this.decisions = decisions;
        this.indicators = indicators;
        this.views = views;
        this.mapper = mapper;
        this.history = history;
        this.access = access;
        this.validation = validation;
        this.outbox = outbox;
        this.specialists = specialists;
    }

    public ConcernResponse decide(UUID id, TriageDecision d) {
        var caller = access.caller();
        validation.check(d);
        caller.require(Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(id).orElse(null), id);
        List<Problem.FieldError> errors = TriageRules.check(d, times.today());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!c.status.awaitsDecision()) {
            throw ProblemException.conflict("a " + c.status + " concern takes no decision: decisions are made while RAISED or MONITORING");
        }
        TriageRules.guard(d, c.consentAssessment()).ifPresent(reason -> {
            throw ProblemException.unprocessable("overrideRationale", reason);
        });
        TriageRules.specialistAgreement(d).ifPresent(error -> {
            throw ProblemException.unprocessable(error.field(), error.message());
        });
        OffsetDateTime now = times.now();
        ConcernStatus from = c.status;
        ConcernStatus to = ConcernStatus.after(d.outcome());

        ConcernDecision decision = new ConcernDecision();
        decision.id = UUID.randomUUID();
        decision.concernId = c.id;
        decision.outcome = d.outcome();
        decision.rationale = d.rationale().strip();
        decision.cseSuspected = d.cseSuspected();
        decision.reviewBy = d.outcome() == Outcome.MONITOR ? d.reviewBy() : null;
        decision.professionalRiskLevel = d.professionalRiskLevel();
        decision.consentStatus = d.consent().status();
        decision.consentFrom = d.consent().from();
        decision.consentReason = Text.blankToNull(d.consent().reason());
        if (d.specialistReferral() != null) {
            decision.specialistOrgId = specialists.require("specialistReferral.specialistOrgId", d.specialistReferral().specialistOrgId());
            decision.specialistAgreed = d.specialistReferral().agreed();
            decision.specialistAgreedBy = d.specialistReferral().by();
        }
        decision.overrideRationale = Text.blankToNull(d.overrideRationale());
        decision.decidedAt = now;
        decision.decidedBy = caller.actor();

        if (d.professionalRiskLevel() != null) {
            c.professionalRiskLevel = d.professionalRiskLevel();
        }
        decision.riskLevel = c.effectiveRiskLevel();
        decisions.persist(decision);
        c.status = to;
        c.cseSuspected = d.cseSuspected();
        c.reviewBy = decision.reviewBy;
        c.reviewDueNotifiedAt = null;
        c.updatedAt = now;
        if (to == ConcernStatus.CLOSED) {
            c.closedAt = now;
            c.closeRationale = decision.rationale;
        }

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", d.outcome());
        details.put("status", Map.of("from", from, "to", to));
        details.put("cseSuspected", d.cseSuspected());
        details.put("riskLevel", decision.riskLevel);
        details.put("consentStatus", decision.consentStatus);
        details.put("overridden", decision.overrideRationale != null);
        if (decision.reviewBy != null) {
            details.put("reviewBy", decision.reviewBy.toString());
        }
        if (decision.specialistOrgId != null) {
            details.put("specialistReferralAgreed", decision.specialistAgreed);
        }
        history.record(c.id, now, caller.actor(), "DECIDED", details);

        Child child = children.findById(c.childId);
        outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_DECIDED, c.childId.toString(), mapper.toEvent(c, child, decision));
        if (to == ConcernStatus.CLOSED) {
            outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_CLOSED, c.childId.toString(),
                    mapper.toEvent(c, child, indicators.codesOf(c.id), null, null, now));
        }
        return views.view(c, true);
    }

    /** Closes a REFERRED concern; RAISED and MONITORING ones close by a NO_FURTHER_ACTION decision. */
    public ConcernResponse close(UUID id, CloseRequest request) {
        var caller = access.caller();
        validation.check(request);
        caller.require(Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(id).orElse(null), id);
        if (c.status != ConcernStatus.REFERRED) {
            throw ProblemException.conflict("only a REFERRED concern is closed this way; this one is " + c.status
                    + (c.status.awaitsDecision() ? ": decide NO_FURTHER_ACTION to close it" : ""));
        }
        OffsetDateTime now = times.now();
        c.status = ConcernStatus.CLOSED;
        c.closedAt = now;
        c.closeRationale = request.rationale().strip();
        c.updatedAt = now;
        history.record(c.id, now, caller.actor(), "CLOSED", Map.of("status", Map.of("from", ConcernStatus.REFERRED, "to", ConcernStatus.CLOSED)));
        Child child = children.findById(c.childId);
        outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_CLOSED, c.childId.toString(),
                mapper.toEvent(c, child, indicators.codesOf(c.id), null, null, now));
        return views.view(c, true);
    }
}
