package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code concern.consent-given} and {@code concern.consent-withdrawn} (topic
 * {@code safeguarding.concerns}, key childId): the child's own word on a referral to one
 * specialist (procedure 3.4). Ids and codes only; the DCPO's reason stays in concern-service.
 *
 * @param by always {@code CHILD}: only the child's agreement counts
 */
public record SpecialistConsentEvent(UUID concernId, UUID childId, String settingOrgId, String specialistOrgId,
                                     boolean agreed, String by, OffsetDateTime at) {
}
