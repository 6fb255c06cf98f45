package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.EvidenceRequest;
import uk.safeguarding.concern.api.EvidenceView;
import uk.safeguarding.concern.api.HandoverRequest;
import uk.safeguarding.concern.domain.CustodyAction;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.Evidence;
import uk.safeguarding.concern.repository.EvidenceCustody;
import uk.safeguarding.concern.repository.EvidenceRepository;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Role;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence preservation (procedure 3.5, contract section 5 "Evidence"): staff protect potential
 * evidence and record where it is kept; police lead the investigation. The setting's staff and
 * DCPO record items and their handover; the log is read by the setting's DCPO and by police of a
 * force the concern was referred to, and travels in the police packet. Free text is encrypted at
 * rest; the chronology records ids and kinds only.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    /** Clocks differ: a time a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConcernRepository concerns;
    private final EvidenceRepository evidence;
    private final Access access;
    private final BodyValidation validation;
    private final History history;
    private final Times times;

    public EvidenceService(ConcernRepository concerns, EvidenceRepository evidence, Access access, BodyValidation validation,
                           History history, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.evidence = evidence;
        this.access = access;
        this.validation = validation;
        this.history = history;
    }

    public EvidenceView record(UUID concernId, EvidenceRequest body) {
        var caller = access.caller();
        validation.check(body);
        caller.require(Role.STAFF, Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(concernId).orElse(null), concernId);
        OffsetDateTime now = times.now();
        if (body.preservedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("preservedAt", "must not be in the future");
        }
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.concernId = c.id;
        e.kind = body.kind();
        e.description = body.description().strip();
        e.preservedAt = body.preservedAt();
        e.storedWhere = body.storedWhere().strip();
        e.recordedAt = now;
        e.recordedBy = caller.actor();
        evidence.persist(e);
        custody(e.id, body.preservedAt(), caller.actor(), CustodyAction.PRESERVED, null, null, now);
        c.updatedAt = now;
        history.record(c.id, now, caller.actor(), "EVIDENCE_PRESERVED", Map.of("evidenceId", e.id.toString(), "kind", e.kind));
        return view(e);
    }

    public EvidenceView handover(UUID concernId, UUID evidenceId, HandoverRequest body) {
        var caller = access.caller();
        validation.check(body);
        caller.require(Role.STAFF, Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(concernId).orElse(null), concernId);
        Evidence e = evidence.findByIdOptional(evidenceId).filter(found -> found.concernId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("evidence " + evidenceId));
        OffsetDateTime now = times.now();
        if (body.at().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("at", "must not be in the future");
        }
        if (body.at().isBefore(e.preservedAt)) {
            throw ProblemException.badRequest("at", "must not be before the item was preserved");
        }
        List<EvidenceCustody> chain = evidence.custodyOf(e.id);
        if (chain.stream().anyMatch(step -> step.action == CustodyAction.HANDED_OVER_TO_POLICE)) {
            throw ProblemException.conflict("the item was already handed over to police; the chain continues with them");
        }
        custody(e.id, body.at(), body.officer().strip(), CustodyAction.HANDED_OVER_TO_POLICE, body.officer().strip(),
                body.reference().strip(), now);
        c.updatedAt = now;
        history.record(c.id, now, caller.actor(), "EVIDENCE_HANDED_OVER", Map.of("evidenceId", e.id.toString()));
        return view(e);
    }

    /** The log for the setting's DCPO or police of a force the concern was referred to: 403 for other roles, 404 for others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceView> list(UUID concernId) {
        var caller = access.caller();
        caller.require(Role.DCPO, Role.POLICE);
        Concern c = concerns.findById(concernId);
        Access.Level level = c == null ? Access.Level.NONE : access.levelFor(c);
        if (level != Access.Level.SETTING_DCPO && level != Access.Level.POLICE) {
            throw ProblemException.notFound("concern " + concernId);
        }
        return log(c.id);
    }

    /** The whole log, for the police packet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceView> log(UUID concernId) {
        return evidence.of(concernId).stream().map(this::view).toList();
    }

    private void custody(UUID evidenceId, OffsetDateTime at, String by, CustodyAction action, String officer, String reference,
                         OffsetDateTime now) {
        EvidenceCustody step = new EvidenceCustody();
        step.evidenceId = evidenceId;
        step.at = at;
        step.by = by;
        step.action = action;
        step.officer = officer;
        step.reference = reference;
        step.recordedAt = now;
        evidence.getEntityManager().persist(step);
    }

    private EvidenceView view(Evidence e) {
        List<EvidenceView.Custody> chain = evidence.custodyOf(e.id).stream()
                .map(s -> new EvidenceView.Custody(s.at, s.by, s.action, s.officer, s.reference)).toList();
        return new EvidenceView(e.id, e.kind, e.description, e.preservedAt, e.storedWhere, chain);
    }
}
