package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code concern.advice-requested} (topic {@code safeguarding.concerns}, key childId). */
public record AdviceRequestedEvent(UUID adviceRequestId, UUID concernId, UUID childId, String settingOrgId,
                                   String specialistOrgId, OffsetDateTime at) {
}
