package uk.safeguarding.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Further information for the agency. */
public record UpdateBody(@NotBlank @Size(max = 10000) String note) {
}
