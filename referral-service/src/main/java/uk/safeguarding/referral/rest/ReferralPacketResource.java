package uk.safeguarding.referral.rest;

import uk.safeguarding.platform.redaction.PacketQuery;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.Params;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.referral.service.ReferralPackets;

@Path("/internal/referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("notifier")
@Tag(name = "Internal", description = "For notification-service's notifier account only; never routed by the gateway")
public class ReferralPacketResource {

    private final ReferralPackets referrals;

    public ReferralPacketResource(ReferralPackets referrals) {
        this.referrals = referrals;
    }

    @GET
    @Path("/{id}/packet")
    @Operation(operationId = "getReferralPacket", summary = "The referral's facts for a recipient, redacted by the shared table; active=false once revoked")
    public Packet packet(@PathParam("id") String id, @BeanParam PacketQuery query) {
        return referrals.packet(Params.requiredUuid("id", id), query.recipientType());
    }
}
