package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "The item handed over to a police officer: the next link of its chain of custody")
public record HandoverRequest(@NotNull @Schema(description = "when; not in the future, not before it was preserved") OffsetDateTime at,
                              @NotBlank @Size(max = 200) @Schema(description = "the receiving officer (name and collar number)") String officer,
                              @NotBlank @Size(max = 200) @Schema(description = "the police reference (crime or exhibit number)") String reference) {
}
