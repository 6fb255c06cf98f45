package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.EvidenceKind;

import java.time.OffsetDateTime;

@Schema(description = "An item preserved for a possible prosecution (procedure 3.5): preserve, do not investigate")
public record EvidenceRequest(@NotNull EvidenceKind kind,
                              @NotBlank @Size(max = 5000) @Schema(description = "what the item is; stored encrypted") String description,
                              @NotNull @Schema(description = "when it was preserved; not in the future") OffsetDateTime preservedAt,
                              @NotBlank @Size(max = 1000) @Schema(description = "where it is kept now; stored encrypted") String storedWhere) {
}
