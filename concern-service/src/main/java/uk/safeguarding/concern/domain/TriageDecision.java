package uk.safeguarding.concern.domain;

import java.time.LocalDate;

/** A DCPO's decision on a concern, as submitted (contract section 5, triage). */
public record TriageDecision(Outcome outcome, String rationale, Boolean cseSuspected, LocalDate reviewBy,
                             RiskLevel professionalRiskLevel, Consent consent, SpecialistReferral specialistReferral,
                             String overrideRationale) {

    public record Consent(ConsentStatus status, Party from, String reason) {
    }

    public record SpecialistReferral(String specialistOrgId, Boolean agreed, Party by) {
    }
}
