package uk.safeguarding.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the referring DCPO escalates a late or disputed response. */
public record EscalationBody(@NotBlank @Size(max = 10000) String reason) {
}
