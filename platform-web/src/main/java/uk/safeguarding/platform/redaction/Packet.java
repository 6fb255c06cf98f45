package uk.safeguarding.platform.redaction;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

/**
 * What a data-owning service answers on {@code GET /internal/.../packet?recipientType=}: the
 * redacted content for that recipient and the list of what it disclosed, which
 * notification-service writes into the disclosure log.
 *
 * @param packetType e.g. {@code CONCERN}, {@code REG40_4A_SUSPECTED_CSE}, {@code ADVICE_REQUEST}, {@code REFERRAL}, {@code MISSING_EPISODE}
 * @param fieldsDisclosed the {@link DisclosureField} names present in {@code data}
 * @param active false when the subject no longer may be sent (a revoked referral): the delivery is cancelled
 */
public record Packet(String packetType, RecipientType recipientType, PacketPurpose purpose, UUID childId,
                     List<String> fieldsDisclosed, boolean active, JsonNode data) {
}
