package uk.safeguarding.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.referral.domain.SpecialMeasure;
import uk.safeguarding.referral.domain.SupportService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What a support plan holds (procedure 3.4 and 3.6); kept encrypted, every version in the history. */
public record SupportPlanContent(
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid AgreedService> agreedServices,
        @Schema(description = "the child's own views") @Size(max = 10000) String childViews,
        @Schema(description = "the next Looked After Child review") LocalDate lacReviewDate,
        @Schema(description = "when the plan is reviewed: on or before lacReviewDate") @NotNull LocalDate reviewDate,
        @Schema(description = "when the child's Placement Plan was last updated with this plan") OffsetDateTime placementPlanUpdatedAt,
        @Size(max = 20) List<@NotNull @Valid AdultServicesLink> adultServicesLinks,
        @Valid LegalProceedings legalProceedings) {

    /** A service agreed with the child and the agency that coordinates it. */
    public record AgreedService(@NotNull SupportService service,
                                @NotBlank @Size(max = 64) String coordinatingAgencyOrgId,
                                @Size(max = 2000) String notes) {
    }

    /** A planned link to adult services, as support may be needed well into adulthood. */
    public record AdultServicesLink(@NotBlank @Size(max = 200) String service,
                                    @Size(max = 64) String orgId,
                                    LocalDate plannedFrom,
                                    @Size(max = 2000) String notes) {
    }

    /** Support through proceedings against alleged perpetrators. */
    public record LegalProceedings(@Size(max = 10) List<@NotNull SpecialMeasure> specialMeasures,
                                   @Schema(description = "the Independent Sexual Violence Adviser's organisation") @Size(max = 64) String isvaOrgId,
                                   @Size(max = 200) String isvaName,
                                   @Size(max = 50) List<@NotNull LocalDate> courtDates) {
    }
}
