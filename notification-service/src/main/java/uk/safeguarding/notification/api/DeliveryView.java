package uk.safeguarding.notification.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A delivery for ops: metadata only, no packet and nothing about the child. */
public record DeliveryView(UUID id, String status, String recipientOrgId, String eventType, String purpose, String channel,
                           int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt,
                           OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime acknowledgedAt) {
}
