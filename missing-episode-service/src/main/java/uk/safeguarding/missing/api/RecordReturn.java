package uk.safeguarding.missing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.missing.domain.Presentation;
import uk.safeguarding.missing.domain.Whereabouts;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "The child's return. A return interview must then be offered within 72 hours of returnedAt.")
public record RecordReturn(
        @Schema(description = "Not before lastSeenAt, not in the future") @NotNull OffsetDateTime returnedAt,
        @NotBlank @Size(max = 2000) String foundLocation,
        @NotNull Boolean knownLinksToArea,
        @NotNull Whereabouts whereaboutsDuringAbsence,
        @Schema(description = "May be empty") @NotNull @Size(max = 10) List<@NotNull Presentation> presentation) {
}
