package uk.safeguarding.concern.domain;

import uk.safeguarding.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DCPO's decision (contract section 5): every outcome needs a rationale; sharing without
 * consent needs a reason (golden rule 7: record the decision and why, whether or not you share);
 * MONITOR needs a review date; holding back a concern that points to a child under 13, rape or
 * no true consent needs an override rationale; a specialist referral is agreed by the child alone.
 */
public final class TriageRules {

    private TriageRules() {
    }

    /** Field errors of the body (400). */
    public static List<FieldError> check(TriageDecision d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.outcome() == null) {
            errors.add(new FieldError("outcome", "is required"));
        }
        if (blank(d.rationale())) {
            errors.add(new FieldError("rationale", "is required for every outcome"));
        }
        if (d.cseSuspected() == null) {
            errors.add(new FieldError("cseSuspected", "is required"));
        }
        if (d.consent() == null || d.consent().status() == null) {
            errors.add(new FieldError(d.consent() == null ? "consent" : "consent.status", "is required"));
        } else if (d.consent().status() != ConsentStatus.GIVEN && blank(d.consent().reason())) {
            errors.add(new FieldError("consent.reason", "is required when consent is not given"));
        }
        if (d.outcome() == Outcome.MONITOR) {
            if (d.reviewBy() == null) {
                errors.add(new FieldError("reviewBy", "is required for MONITOR"));
            } else if (d.reviewBy().isBefore(today)) {
                errors.add(new FieldError("reviewBy", "must not be in the past"));
            }
        }
        if (d.specialistReferral() != null) {
            TriageDecision.SpecialistReferral s = d.specialistReferral();
            if (blank(s.specialistOrgId())) {
                errors.add(new FieldError("specialistReferral.specialistOrgId", "is required"));
            }
            if (s.agreed() == null) {
                errors.add(new FieldError("specialistReferral.agreed", "is required"));
            } else if (s.agreed() && s.by() == null) {
                errors.add(new FieldError("specialistReferral.by", "is required when the referral is agreed"));
            }
        }
        return errors;
    }

    /** The 422 guard: a reason the decision may not stand as submitted, if any. */
    public static Optional<String> guard(TriageDecision d, ConsentAssessment.Result assessment) {
        boolean holdsBack = d.outcome() == Outcome.MONITOR || d.outcome() == Outcome.NO_FURTHER_ACTION;
        if (holdsBack && assessment.holdsOffenceNeedingOverride() && blank(d.overrideRationale())) {
            return Optional.of("the consent assessment points to " + assessment.potentialOffences().stream()
                    .filter(PotentialOffence::needsOverrideToHoldBack).map(Enum::name).toList()
                    + ": " + d.outcome() + " needs an overrideRationale");
        }
        return Optional.empty();
    }

    /**
     * The 422 on a specialist referral: agreement is the child's own (procedure 3.4, "if the child
     * or young person is in agreement"): {@code agreed: true} by a parent or carer does not count.
     */
    public static Optional<FieldError> specialistAgreement(TriageDecision d) {
        TriageDecision.SpecialistReferral s = d.specialistReferral();
        if (s != null && Boolean.TRUE.equals(s.agreed()) && s.by() != null && s.by() != Party.CHILD) {
            return Optional.of(new FieldError("specialistReferral.by",
                    "only the child's own agreement counts for a specialist referral (procedure 3.4): by must be CHILD"));
        }
        return Optional.empty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
