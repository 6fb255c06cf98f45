package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code missing.pattern-detected} (topic {@code safeguarding.missing}, key childId): one finding
 * of {@code MissingPatterns}, which concern-service turns into an indicator.
 *
 * @param rule the rule's name, e.g. {@code THREE_IN_90_DAYS}
 * @param promptDcpo true for a disclosure by the child: the DCPO is prompted at once
 */
public record PatternDetectedEvent(UUID childId, String settingOrgId, String indicatorCode, String rule,
                                   List<UUID> episodeIds, boolean promptDcpo, OffsetDateTime at) {
}
