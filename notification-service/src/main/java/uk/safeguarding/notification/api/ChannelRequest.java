package uk.safeguarding.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT /api/agencies/{orgId}/channel}. */
public record ChannelRequest(
        @Schema(description = "HTTPS URL that receives signed webhooks; absent or null: the agency pulls from its inbox",
                example = "https://intake.la-801.example/safeguarding/webhooks")
        String webhookUrl,
        @Schema(description = "Standard Webhooks signing secret (whsec_ + base64 of 24 to 64 bytes); absent on a new channel: one is generated and returned once")
        String secret) {
}
