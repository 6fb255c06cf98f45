package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CloseRequest(@NotBlank @Size(max = 20000) String rationale) {
}
