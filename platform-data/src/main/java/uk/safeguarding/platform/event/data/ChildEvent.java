package uk.safeguarding.platform.event.data;

import java.util.UUID;

/**
 * {@code child.registered} / {@code child.updated} (topic {@code safeguarding.children}, key childId).
 *
 * @param ageBand one of {@link AgeBand}'s labels, e.g. {@code "13-15"}
 */
public record ChildEvent(UUID childId, String settingOrgId, String residenceOrgId, boolean lookedAfter,
                         String placingAuthorityOrgId, String ageBand) {
}
