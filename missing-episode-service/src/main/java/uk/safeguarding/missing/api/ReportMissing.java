package uk.safeguarding.missing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.missing.domain.RiskGrade;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A missing report. Accepted for the caller's setting even when this service has not yet heard of the child (then pendingLink).")
public record ReportMissing(
        @NotNull UUID childId,
        @Schema(description = "When the child was last seen; not in the future") @NotNull OffsetDateTime lastSeenAt,
        @NotBlank @Size(max = 2000) String lastSeenLocation,
        @NotBlank @Size(max = 10000) String circumstances,
        @NotNull RiskGrade riskGrade,
        @Size(max = 64) String policeReference,
        @Schema(description = "Required from a school MIS (mis-client): the person reporting") @Valid ReportedBy reportedBy,
        @Schema(description = "Optional; when given it must be the caller's own organisation (else 403)") @Size(max = 64) String settingOrgId) {
}
