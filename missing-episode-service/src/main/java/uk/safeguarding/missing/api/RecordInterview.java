package uk.safeguarding.missing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "The return interview: by the setting's DCPO or a social worker of the placing or host authority.")
public record RecordInterview(
        @Schema(description = "Not before the return, not in the future; after returnedAt + 72 h it counts as late") @NotNull OffsetDateTime offeredAt,
        @Schema(description = "Required unless declined; absent when declined") OffsetDateTime conductedAt,
        @NotNull Boolean declined,
        @NotNull @Valid ConductedBy conductedBy,
        @Schema(description = "Conducted by someone independent of the setting") @NotNull Boolean independent,
        @NotNull @Size(max = 20000) String findings,
        @Schema(description = "true raises DISCLOSURE_BY_CHILD and prompts the DCPO at once") @NotNull Boolean disclosedExploitation) {
}
