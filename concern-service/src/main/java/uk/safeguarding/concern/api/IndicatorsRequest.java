package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

public record IndicatorsRequest(@NotEmpty @Size(max = 40) java.util.List<@NotBlank String> indicators) {
}
