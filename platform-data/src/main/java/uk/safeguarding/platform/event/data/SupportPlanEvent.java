package uk.safeguarding.platform.event.data;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code support-plan.changed} (topic {@code safeguarding.referrals}, key childId): what retention
 * needs of a support plan, the latest court date of the legal proceedings it supports (null: none).
 */
public record SupportPlanEvent(UUID supportPlanId, UUID childId, LocalDate lastCourtDate, OffsetDateTime at) {
}
