package uk.safeguarding.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RevokeBody(@NotBlank @Size(max = 10000) String reason) {
}
