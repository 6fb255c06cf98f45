package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.concern.domain.Party;
import uk.safeguarding.concern.repository.ConcernDecision;
import uk.safeguarding.concern.repository.ConcernDecisionRepository;
import uk.safeguarding.concern.repository.SpecialistConsent;
import uk.safeguarding.concern.repository.SpecialistConsentRepository;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Specialists and the child's agreement to a referral to each (procedure 3.4). A specialist named
 * for advice or an agreed referral must be a specialist service or a health organisation: a
 * mistyped id of a school or a force would otherwise receive the child's identity.
 * <p>
 * The agreement is per specialist: the latest word naming <em>that</em> specialist, from a
 * triage decision's {@code specialistReferral} or from {@code POST .../specialist-consent},
 * decides; a decision naming another specialist says nothing about this one. Only the child's
 * own agreement counts ({@code by: CHILD}).
 */
@ApplicationScoped
public class Specialists {

    private final OrganisationDirectory directory;
    private final ConcernDecisionRepository decisions;
    private final SpecialistConsentRepository consents;

    public Specialists(OrganisationDirectory directory, ConcernDecisionRepository decisions, SpecialistConsentRepository consents) {
        this.directory = directory;
        this.decisions = decisions;
        this.consents = consents;
    }

    /** 400 naming {@code field} when the directory knows the organisation as another type. */
    public String require(String field, String orgId) {
        String id = orgId.strip();
        directory.find(id).ifPresent(org -> {
            if (org.type() != OrganisationType.SPECIALIST_SERVICE && org.type() != OrganisationType.HEALTH) {
                throw ProblemException.badRequest(field, "must be a specialist service or a health organisation");
            }
        });
        return id;
    }

    /** Whether the child's latest word on a referral of this concern to this specialist is agreement. */
    public boolean agreed(UUID concernId, String specialistOrgId) {
        return latest(concernId, specialistOrgId).map(Word::agreedByChild).orElse(false);
    }

    /** Whether the latest word on this specialist is a withdrawal or refusal (the specialist then reads nothing). */
    public boolean withdrawn(UUID concernId, String specialistOrgId) {
        return latest(concernId, specialistOrgId).map(w -> !w.agreedByChild()).orElse(false);
    }

    private record Word(OffsetDateTime at, boolean agreedByChild) {
    }

    private Optional<Word> latest(UUID concernId, String specialistOrgId) {
        if (specialistOrgId == null) {
            return Optional.empty();
        }
        Optional<Word> decided = decisions.of(concernId).stream()
                .filter(d -> specialistOrgId.equals(d.specialistOrgId))
                .reduce((a, b) -> b)
                .map(Specialists::word);
        Optional<Word> recorded = consents.latest(concernId, specialistOrgId).map(Specialists::word);
        if (decided.isEmpty()) {
            return recorded;
        }
        if (recorded.isEmpty()) {
            return decided;
        }
        // The later of the two; on the same instant the explicit consent record wins.
        return decided.get().at().isAfter(recorded.get().at()) ? decided : recorded;
    }

    private static Word word(ConcernDecision d) {
        return new Word(d.decidedAt, Boolean.TRUE.equals(d.specialistAgreed) && d.specialistAgreedBy == Party.CHILD);
    }

    private static Word word(SpecialistConsent c) {
        return new Word(c.recordedAt, c.agreed && c.by == Party.CHILD);
    }
}
