package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Every {@code referral.*} event (topic {@code safeguarding.referrals}, key childId).
 *
 * @param agencyType the organisation type of the agency (LOCAL_AUTHORITY, POLICE_FORCE, OFSTED, ...)
 * @param role why this agency: {@code SOCIAL_CARE}, {@code POLICE}, {@code OFSTED}, {@code PLACING_AUTHORITY}, {@code SPECIALIST}
 * @param outcome the agency's response outcome, for {@code referral.responded}
 * @param previousStatus for {@code referral.status-changed}
 */
public record ReferralEvent(UUID referralId, UUID concernId, UUID childId, String settingOrgId,
                            String agencyOrgId, String agencyType, String role, String lawfulBasis,
                            String consentStatus, String status, String previousStatus, String outcome,
                            OffsetDateTime dueBy, boolean unresolvedAgency, OffsetDateTime at) {
}
