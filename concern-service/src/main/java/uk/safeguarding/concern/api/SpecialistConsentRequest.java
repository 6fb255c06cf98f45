package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.Party;

@Schema(description = "The child agreeing to, or withdrawing agreement from, a referral to one specialist (procedure 3.4)")
public record SpecialistConsentRequest(
        @NotBlank @Size(max = 100) @Schema(description = "a specialist service or health organisation") String specialistOrgId,
        @NotNull @Schema(description = "true: the child agrees (the referral is made); false: the child withdraws (it is revoked)") Boolean agreed,
        @NotNull @Schema(description = "must be CHILD: only the child's own agreement counts; PARENT or CARER answer 422") Party by,
        @NotBlank @Size(max = 5000) @Schema(description = "the DCPO's record of the conversation and why; stored encrypted") String reason) {
}
