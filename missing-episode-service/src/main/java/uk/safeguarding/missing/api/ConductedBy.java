package uk.safeguarding.missing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ConductedBy(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String orgId) {
}
