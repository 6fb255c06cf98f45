package uk.safeguarding.platform.event.data;

import java.util.UUID;

/**
 * {@code child.nearing-adulthood} (topic {@code safeguarding.children}, key childId): the child's
 * 18th birthday is within six months. Sent once per child by concern-service, which alone holds
 * the date of birth; it carries no date, month or age, only ids.
 */
public record NearingAdulthoodEvent(UUID childId, String settingOrgId) {
}
