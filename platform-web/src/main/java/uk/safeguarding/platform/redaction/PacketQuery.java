package uk.safeguarding.platform.redaction;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.safeguarding.platform.web.Params;

/**
 * The query of every internal packet endpoint ({@code GET /internal/.../{id}/packet}), taken as
 * {@code @BeanParam}: who the packet is for. The owning service builds the packet's facts and
 * {@link RedactionPolicy} decides which of them this recipient receives.
 */
public class PacketQuery {

    @QueryParam("recipientType")
    @Parameter(required = true, description = "the recipient's organisation type", schema = @Schema(implementation = RecipientType.class))
    String recipientType;

    @QueryParam("recipientOrgId")
    @Parameter(description = "the recipient organisation; one whose referral was revoked gets an inactive, empty packet")
    String recipientOrgId;

    public PacketQuery() {
    }

    public PacketQuery(RecipientType recipientType, String recipientOrgId) {
        this.recipientType = recipientType.name();
        this.recipientOrgId = recipientOrgId;
    }

    public RecipientType recipientType() {
        return Params.requiredEnum("recipientType", recipientType, RecipientType.class);
    }

    /** Null when not given. */
    public String recipientOrgId() {
        return recipientOrgId == null || recipientOrgId.isBlank() ? null : recipientOrgId.strip();
    }
}
