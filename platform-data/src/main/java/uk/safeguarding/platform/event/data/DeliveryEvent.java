package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code delivery.succeeded}, {@code delivery.acknowledged}, {@code delivery.dead-lettered}
 * (topic {@code safeguarding.deliveries}, key childId, else the recipient's org id).
 *
 * @param channel {@code WEBHOOK} or {@code INBOX}
 */
public record DeliveryEvent(UUID deliveryId, String sourceEventId, String sourceType, UUID referralId,
                            UUID concernId, UUID episodeId, UUID childId, String recipientOrgId, String channel,
                            String status, OffsetDateTime at) {
}
