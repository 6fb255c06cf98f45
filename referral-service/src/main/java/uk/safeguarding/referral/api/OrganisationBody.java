package uk.safeguarding.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.platform.security.OrganisationType;

/** A directory entry as the admin writes it; on {@code PUT /{id}} the id may be left out. */
@Schema(name = "OrganisationBody")
public record OrganisationBody(
        @Schema(examples = "URN-100001", description = "chosen by the admin: upper-case words joined by hyphens")
        @Size(max = 64) @Pattern(regexp = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", message = "must be upper-case words joined by hyphens, e.g. LA-801") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @Schema(description = "required for SCHOOL and CHILDRENS_HOME: an existing LOCAL_AUTHORITY")
        @Size(max = 64) String localAuthorityOrgId,
        @Schema(description = "required for SCHOOL and CHILDRENS_HOME: an existing POLICE_FORCE")
        @Size(max = 64) String policeForceOrgId,
        @Schema(description = "required for CHILDRENS_HOME, e.g. SC200001")
        @Size(max = 16) String ofstedUrn) {
}
