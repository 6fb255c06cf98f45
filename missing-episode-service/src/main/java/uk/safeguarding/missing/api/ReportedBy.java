package uk.safeguarding.missing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ReportedBy(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String role) {
}
