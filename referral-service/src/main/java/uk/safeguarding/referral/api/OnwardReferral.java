package uk.safeguarding.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Procedure 3.3: a child not in need is considered for onward referral to other agencies. */
public record OnwardReferral(@NotNull Boolean considered,
                             @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> orgIds,
                             @NotBlank @Size(max = 10000) String rationale) {
}
