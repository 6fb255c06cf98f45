package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code concern.raised}, {@code concern.updated}, {@code concern.closed}
 * (topic {@code safeguarding.concerns}, key childId).
 *
 * @param raisedBy {@code "staff"}, {@code "mis"} or {@code "system"} (opened by a missing pattern)
 * @param change for {@code concern.updated}: {@code INDICATOR_ADDED}, {@code INTELLIGENCE_ADDED},
 *               {@code RESCREENED} or {@code REVIEW_DUE} (a MONITOR decision's review date has come);
 *               {@code POLICE_INTELLIGENCE_MATCH}: the concern, not referred to police, holds intelligence its
 *               area's force already holds (the DCPO is prompted to consider a referral)
 * @param addedIndicators the indicator codes the update added, if any
 */
public record ConcernEvent(UUID concernId, UUID childId, String settingOrgId, String residenceOrgId,
                           boolean lookedAfter, String placingAuthorityOrgId, String status, String riskLevel,
                           String riskModelVersion, List<String> indicatorCodes, List<String> potentialOffences,
                           String raisedBy, String change, List<String> addedIndicators, OffsetDateTime at) {
}
