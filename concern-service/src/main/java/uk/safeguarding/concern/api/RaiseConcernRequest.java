package uk.safeguarding.concern.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.LinkedCrimeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record RaiseConcernRequest(
        @NotNull UUID childId,
        @NotNull @Schema(description = "when it was observed; not in the future; the child's age is taken at this time") OffsetDateTime observedAt,
        @NotBlank @Size(max = 20000) String summary,
        @Size(max = 40) @Schema(description = "indicator codes of GET /api/indicators") List<@NotBlank String> indicators,
        @Valid ConsentFactorsRequest consentFactors,
        @Valid IntelligenceRequest intelligence,
        @Size(max = 20) @Schema(description = "crime types this exploitation is linked to (procedure 3.5); shown with the concern, "
                + "in the police and local-authority packets") List<@NotNull LinkedCrimeType> linkedCrimeTypes,
        @Valid @Schema(description = "required from a mis-client: the person who reported it") ReportedBy reportedBy) {

    public record ReportedBy(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role) {
    }
}
