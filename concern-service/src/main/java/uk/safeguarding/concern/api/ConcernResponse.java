package uk.safeguarding.concern.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.ConsentFactors;
import uk.safeguarding.concern.domain.ConsentStatus;
import uk.safeguarding.concern.domain.LinkedCrimeType;
import uk.safeguarding.concern.domain.Outcome;
import uk.safeguarding.concern.domain.Party;
import uk.safeguarding.concern.domain.PotentialOffence;
import uk.safeguarding.concern.domain.RiskLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ConcernResponse(
        UUID id, UUID childId, String settingOrgId, OffsetDateTime observedAt, String summary, ConcernStatus status,
        int riskScore, RiskLevel riskLevel, String riskModelVersion,
        @Schema(description = "the DCPO's professional judgement, when recorded") RiskLevel professionalRiskLevel,
        ConsentAssessmentView consentAssessment, ConsentFactors consentFactors, List<IndicatorView> indicators,
        @Schema(description = "crime types this exploitation is linked to (procedure 3.5)") List<LinkedCrimeType> linkedCrimeTypes,
        @Schema(description = "only for the setting's DCPO and police of a force the concern was referred to") IntelligenceView intelligence,
        @Schema(description = "only in the auditor's subject-access read of a child's concerns: how many items of intelligence "
                + "(about other people: third-party data) the concern holds, withheld from it") Integer intelligenceItemsWithheld,
        RaiseConcernRequest.ReportedBy reportedBy,
        @Schema(description = "staff, mis or system (opened by a missing pattern)") String raisedBy,
        boolean cseSuspected, LocalDate reviewBy, List<DecisionView> decisions, String closeRationale, OffsetDateTime closedAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record ConsentAssessmentView(int ageAtObservation, boolean legallyCapableOfConsent,
                                        List<PotentialOffence> potentialOffences,
                                        @Schema(description = "under 18, or a date of birth estimated (age disputed: treated as a child)")
                                        boolean childProtectionIssue,
                                        @Schema(description = "16 or over and treated as a child, sexual activity known or suspected, and no "
                                                + "potential offence: it may still result in harm (procedure 3.1)")
                                        boolean harmMayStillOccur) {
    }

    /** @param source RAISE (with the concern), STAFF (added later) or PATTERN (a missing pattern) */
    public record IndicatorView(String code, String category, String description, int weight, boolean significant,
                                String source, OffsetDateTime addedAt) {
    }

    public record DecisionView(UUID id, Outcome outcome, String rationale, boolean cseSuspected, LocalDate reviewBy,
                               RiskLevel professionalRiskLevel, RiskLevel riskLevel, Consent consent,
                               SpecialistReferral specialistReferral, String overrideRationale, OffsetDateTime decidedAt,
                               String decidedBy) {
    }

    public record Consent(ConsentStatus status, Party from, String reason) {
    }

    public record SpecialistReferral(String specialistOrgId, Boolean agreed, Party by) {
    }
}
