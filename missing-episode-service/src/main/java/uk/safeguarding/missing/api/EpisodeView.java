package uk.safeguarding.missing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.missing.domain.EpisodeStatus;
import uk.safeguarding.missing.domain.RiskGrade;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A missing episode")
public record EpisodeView(
        UUID id,
        UUID childId,
        @Schema(description = "The reporting setting") String settingOrgId,
        EpisodeStatus status,
        @Schema(description = "Reported before this service heard of the child; linked when the child's event arrives") boolean pendingLink,
        RiskGrade riskGrade,
        OffsetDateTime lastSeenAt,
        String lastSeenLocation,
        String circumstances,
        String policeReference,
        ReportedBy reportedBy,
        boolean lookedAfter,
        String placingAuthorityOrgId,
        ReturnView returnDetails,
        InterviewView returnInterview,
        @Schema(description = "returnedAt + 72 h: the return interview must be offered by then") OffsetDateTime interviewDueBy,
        @Schema(description = "The interview was not offered by interviewDueBy") boolean interviewOverdue,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record ReturnView(OffsetDateTime returnedAt, String foundLocation, Boolean knownLinksToArea,
                             String whereaboutsDuringAbsence, java.util.List<String> presentation,
                             @Schema(description = "From last seen to return, in hours") Double durationHours) {
    }

    public record InterviewView(OffsetDateTime offeredAt, boolean offeredWithinDeadline, OffsetDateTime conductedAt,
                                Boolean declined, ConductedBy conductedBy, Boolean independent, String findings,
                                Boolean disclosedExploitation) {
    }
}
