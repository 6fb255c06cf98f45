package uk.safeguarding.platform.event.data;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code concern.decided} (topic {@code safeguarding.concerns}, key childId): what referral
 * routing needs and nothing personal.
 *
 * @param outcome {@code REFER}, {@code MONITOR} or {@code NO_FURTHER_ACTION}
 * @param consentStatus {@code GIVEN}, {@code REFUSED} or {@code NOT_SOUGHT}
 */
public record ConcernDecidedEvent(UUID concernId, UUID childId, String settingOrgId, String residenceOrgId,
                                  boolean lookedAfter, String placingAuthorityOrgId, String outcome,
                                  boolean cseSuspected, String riskLevel, String consentStatus,
                                  String specialistOrgId, boolean specialistAgreed, String specialistAgreedBy,
                                  LocalDate reviewBy, OffsetDateTime decidedAt) {
}
