package uk.safeguarding.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.platform.redaction.Packet;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A notification in an organisation's inbox, with its packet(s) fetched from their owner at
 * read time and redacted there for the reader. An advice request carries no child or concern id.
 */
public record InboxItem(
        UUID id,
        @Schema(description = "The event that caused it, e.g. referral.created, referral.overdue, concern.advice-requested")
        String notification,
        String purpose,
        String status,
        String channel,
        OffsetDateTime createdAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime acknowledgedAt,
        UUID childId,
        UUID concernId,
        UUID referralId,
        UUID episodeId,
        UUID adviceRequestId,
        @Schema(description = "Absent when withdrawn or unavailable")
        List<Packet> packets,
        @Schema(description = "True when withdrawn (a revoked referral, consent withdrawn): no child, concern or episode id and no packet")
        Boolean withdrawn,
        @Schema(description = "True when the data owner could not be reached; read again later")
        Boolean packetsUnavailable,
        @Schema(description = "An intelligence match of the caller's force (notification intelligence.match-detected)")
        UUID matchId,
        @Schema(description = "What a prompt asks of the DCPO, e.g. \"matches intelligence already shared with police: consider a referral\"")
        String prompt,
        @Schema(description = "The support plan a prompt is about (notification support-plan.prompt)")
        UUID supportPlanId,
        @Schema(description = "What a support-plan prompt is about", enumeration = {"REVIEW_DUE", "LAC_REVIEW_DUE", "NEARING_ADULTHOOD"})
        String promptKind,
        @Schema(description = "The review date a support-plan prompt is for; for NEARING_ADULTHOOD the day it became due")
        java.time.LocalDate promptDueDate) {

    public InboxItem withPackets(List<Packet> packets) {
        return new InboxItem(id, notification, purpose, status, channel, createdAt, deliveredAt, acknowledgedAt, childId, concernId,
                referralId, episodeId, adviceRequestId, packets, withdrawn, packetsUnavailable, matchId, prompt, supportPlanId, promptKind,
                promptDueDate);
    }
}
