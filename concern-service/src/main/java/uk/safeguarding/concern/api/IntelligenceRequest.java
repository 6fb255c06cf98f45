package uk.safeguarding.concern.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.LinkedCrimeType;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "Intelligence for the police (procedure 3.5): stored encrypted, shown only to the setting's DCPO and to police of a force the concern was referred to")
public record IntelligenceRequest(@Size(max = 50) List<@NotNull @Valid Vehicle> vehicles,
                                  @Size(max = 50) List<@NotNull @Valid Person> persons,
                                  @Size(max = 50) List<@NotBlank @Size(max = 2000) String> locations,
                                  @Size(max = 20) @Schema(description = "crime types this exploitation is linked to (procedure 3.5), "
                                          + "added to the concern's; not intelligence: shown with the concern")
                                  List<@NotNull LinkedCrimeType> linkedCrimeTypes) {

    @Schema(description = "A vehicle; the registration is stored upper case without spaces and checked against UK formats")
    public record Vehicle(@Size(max = 20) String reg,
                          @Schema(description = "true when only part of the registration is known") Boolean partial,
                          @Size(max = 100) String make, @Size(max = 100) String colour, OffsetDateTime seenAt) {
    }

    public record Person(@Size(max = 200) String name, @NotBlank @Size(max = 2000) String description) {
    }

    public boolean isEmpty() {
        return hasNoItems() && (linkedCrimeTypes == null || linkedCrimeTypes.isEmpty());
    }

    /** No vehicle, person or location (perhaps only linked crime types). */
    public boolean hasNoItems() {
        return (vehicles == null || vehicles.isEmpty()) && (persons == null || persons.isEmpty())
                && (locations == null || locations.isEmpty());
    }
}
