package uk.safeguarding.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** An agency's delivery channel. {@code secret} is present only in the response that generated it. */
public record ChannelView(
        String orgId,
        String webhookUrl,
        @Schema(description = "WEBHOOK when a webhook URL is set, else INBOX")
        String channel,
        @Schema(description = "The signing secret: only in the response that generated it, never again")
        String secret,
        @Schema(description = "During a rotation: when the previous secret stops signing")
        OffsetDateTime previousSecretExpiresAt,
        @Schema(description = "True on an idempotent replay of a response that carried a secret: it is not kept, so not repeated")
        Boolean secretWithheld,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public ChannelView withoutSecret() {
        return new ChannelView(orgId, webhookUrl, channel, null, previousSecretExpiresAt, secret != null ? Boolean.TRUE : null,
                version, createdAt, updatedAt);
    }
}
