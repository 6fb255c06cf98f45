package uk.safeguarding.platform.event.data;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code support-plan.prompt} (topic {@code safeguarding.referrals}, key childId): a support plan
 * needs attention (procedure 3.4). Ids, org ids, a code and a date only; the plan itself is
 * fetched as a packet by the recipients.
 *
 * @param kind {@code REVIEW_DUE}, {@code LAC_REVIEW_DUE} or {@code NEARING_ADULTHOOD}
 * @param dueDate the review date prompted for; for NEARING_ADULTHOOD the day the prompt became due
 *                (referral-service never learns the birthday)
 * @param placingAuthorityOrgId null unless the child is looked after
 */
public record SupportPlanPromptEvent(UUID planId, UUID childId, String settingOrgId, String placingAuthorityOrgId,
                                     String kind, LocalDate dueDate) {
}
