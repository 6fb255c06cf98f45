package uk.safeguarding.referral.api;

import uk.safeguarding.referral.api.SupportPlanContent.AdultServicesLink;
import uk.safeguarding.referral.api.SupportPlanContent.AgreedService;
import uk.safeguarding.referral.api.SupportPlanContent.LegalProceedings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One version of the plan's history: who changed it, when, and what it then said. */
public record SupportPlanVersionView(int version, String changedBy, OffsetDateTime changedAt,
                                     List<AgreedService> agreedServices, String childViews, LocalDate lacReviewDate,
                                     LocalDate reviewDate, OffsetDateTime placementPlanUpdatedAt,
                                     List<AdultServicesLink> adultServicesLinks, LegalProceedings legalProceedings) {
}
