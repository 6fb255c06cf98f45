package uk.safeguarding.referral.api;

import uk.safeguarding.referral.api.SupportPlanContent.AdultServicesLink;
import uk.safeguarding.referral.api.SupportPlanContent.AgreedService;
import uk.safeguarding.referral.api.SupportPlanContent.LegalProceedings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record SupportPlanView(UUID id, UUID childId, int version, List<AgreedService> agreedServices, String childViews,
                              LocalDate lacReviewDate, LocalDate reviewDate, OffsetDateTime placementPlanUpdatedAt,
                              List<AdultServicesLink> adultServicesLinks, LegalProceedings legalProceedings,
                              String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
