package uk.safeguarding.concern.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.Gender;
import uk.safeguarding.concern.domain.Vulnerability;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A child or young person. settingOrgId must be the caller's organisation.")
public record ChildRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Schema(description = "not in the future; the person must be under 25") LocalDate dateOfBirth,
        @Schema(description = "true when the age is disputed or estimated: the person is treated as a child; default false") Boolean dateOfBirthEstimated,
        @NotNull Gender gender,
        @Size(max = 20) @Schema(description = "unique pupil number, 13 characters with a valid check letter (a temporary UPN ends in a letter)", example = "B801200005001") String upn,
        @Size(max = 20) @Schema(description = "10 digits, modulus 11 check digit", example = "9434765870") String nhsNumber,
        @NotBlank @Size(max = 100) String settingOrgId,
        @Size(max = 100) @Schema(description = "the children's home the child lives in, when it is not the setting") String residenceOrgId,
        @Schema(description = "default false") Boolean lookedAfter,
        @Size(max = 100) @Schema(description = "required when lookedAfter") String placingAuthorityOrgId,
        @Size(max = 9) List<@NotNull Vulnerability> vulnerabilities) {
}
