package uk.safeguarding.concern.rest;

import uk.safeguarding.platform.web.Params;

import uk.safeguarding.platform.redaction.PacketQuery;

import jakarta.ws.rs.BeanParam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.concern.service.PacketService;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.UUID;

/** Packets for notification-service only; never routed by the gateway. */
@Path("/internal/concerns")
@Tag(name = "Internal", description = "For notification-service's notifier account only")
@Produces(MediaType.APPLICATION_JSON)
public class InternalConcernResource {

    private final PacketService packets;

    public InternalConcernResource(PacketService packets) {
        this.packets = packets;
    }

    @GET
    @Path("{concernId}/packet")
    @RolesAllowed("notifier")
    @Operation(operationId = "getConcernPacket", summary = "The concern's packet for one recipient type, redacted by the shared table",
            description = "POLICE: identity, concern, indicators, intelligence, setting. LOCAL_AUTHORITY: the same without intelligence. "
                    + "OFSTED: REG40_4A_SUSPECTED_CSE (home name and URN, age, initials, indicator categories, risk level, actions taken). "
                    + "POLICE and LOCAL_AUTHORITY also get linkedCrimeTypes; POLICE the evidence log with its chain of custody. "
                    + "SPECIALIST_SERVICE / HEALTH: identity and concern for a REFERRAL the child agreed to with that specialist "
                    + "(recipientOrgId), nothing once the child withdrew; the anonymised summary and question for ADVICE. "
                    + "Only SCHOOL receives the UPN. fieldsDisclosed lists what the packet holds. An agency (recipientOrgId) whose "
                    + "referral of the concern was revoked receives active=false and no data.")
    @APIResponse(responseCode = "200", description = "the packet", content = @Content(schema = @Schema(implementation = Packet.class)))
    @APIResponse(responseCode = "400", description = "recipientType missing or unknown, or adviceRequestId missing for ADVICE")
    @APIResponse(responseCode = "403", description = "not the notifier account")
    @APIResponse(responseCode = "404", description = "no such concern or advice request")
    public Packet packet(@PathParam("concernId") UUID concernId,
                         @BeanParam PacketQuery query,
                         @Parameter(description = "default ADVICE with adviceRequestId, else REFERRAL", schema = @Schema(implementation = PacketPurpose.class))
                         @QueryParam("purpose") String purpose,
                         @Parameter(description = "the advice request, for purpose ADVICE") @QueryParam("adviceRequestId") String adviceRequestId) {
        return packets.packet(concernId, query, Params.enumValue("purpose", purpose, PacketPurpose.class),
                Params.uuid("adviceRequestId", adviceRequestId));
    }
}
