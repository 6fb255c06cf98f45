package uk.safeguarding.referral.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.referral.domain.AgencyRole;
import uk.safeguarding.referral.domain.LawfulBasis;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.domain.ResponseOutcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A referral. Free text (responseNote, onwardReferral, revokeReason, updates) is shown to the
 * referring setting and the addressed agency only; ops and admin see the metadata. What an
 * addressed agency sees leaves through the shared redaction table (Ofsted: no childId and no
 * free text), and of a revoked referral only {@code {id, agencyOrgId, status: REVOKED, revokedAt}}.
 */
@Schema(description = "A referral. To an addressed agency through the shared redaction table: Ofsted never receives childId or "
        + "free text; of a REVOKED referral the agency receives only id, agencyOrgId, status and revokedAt.")
public record ReferralView(
        UUID id, UUID concernId, UUID childId, String settingOrgId,
        @Schema(description = "absent when the agency could not even be named (unresolvedAgency)") String agencyOrgId,
        OrganisationType agencyType, AgencyRole role, LawfulBasis lawfulBasis, String consentStatus,
        ReferralStatus status, ResponseOutcome outcome, String responseNote, OnwardReferral onwardReferral,
        OffsetDateTime dueBy,
        @Schema(description = "the agency is missing from the directory: the referral waits, and admin is alerted") Boolean unresolvedAgency,
        @Schema(description = "past dueBy without acknowledgement") Boolean overdue,
        String revokeReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime sentAt,
        OffsetDateTime acknowledgedAt, OffsetDateTime respondedAt, OffsetDateTime revokedAt,
        @Schema(description = "further information and escalations, oldest first (single reads only)") List<NoteView> updates) {

    public record NoteView(UUID id, String kind, String text, String actor, OffsetDateTime createdAt) {
    }
}
