package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AdviceRequestBody(
        @NotBlank @Size(max = 100) String specialistOrgId,
        @NotBlank @Size(max = 5000) String question,
        @Size(max = 5000) @Schema(description = "free text for the specialist, written by the DCPO without identifying details") String anonymisedNarrative) {
}
