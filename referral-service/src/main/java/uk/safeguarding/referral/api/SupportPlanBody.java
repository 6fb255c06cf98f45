package uk.safeguarding.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.referral.api.SupportPlanContent.AdultServicesLink;
import uk.safeguarding.referral.api.SupportPlanContent.AgreedService;
import uk.safeguarding.referral.api.SupportPlanContent.LegalProceedings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** POST and PUT body of a support plan: the child and the plan's content. */
public record SupportPlanBody(
        @NotNull UUID childId,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid AgreedService> agreedServices,
        @Schema(description = "the child's own views") @Size(max = 10000) String childViews,
        @Schema(description = "the next Looked After Child review; required for a looked-after child") LocalDate lacReviewDate,
        @Schema(description = "when the plan is reviewed: on or before lacReviewDate") @NotNull LocalDate reviewDate,
        @Schema(description = "when the child's Placement Plan was last updated with this plan") OffsetDateTime placementPlanUpdatedAt,
        @Size(max = 20) List<@NotNull @Valid AdultServicesLink> adultServicesLinks,
        @Valid LegalProceedings legalProceedings) {

    public SupportPlanContent content() {
        return new SupportPlanContent(agreedServices, childViews, lacReviewDate, reviewDate, placementPlanUpdatedAt,
                adultServicesLinks == null ? List.of() : adultServicesLinks, legalProceedings);
    }
}
