package uk.safeguarding.notification.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A disclosure-log entry as hashed: {@code hash} = hex SHA-256 of the RFC 8785 canonical JSON
 * of this object without {@code hash} (absent members left out).
 */
public record DisclosureView(long seq, String at, UUID childId, String recipientOrgId, String eventId, UUID deliveryId,
                             String action, String packetType, List<String> fieldsDisclosed, String lawfulBasis,
                             String consentStatus, String prevHash, String hash) {
}
