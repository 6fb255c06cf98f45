package uk.safeguarding.concern.rest;

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
import uk.safeguarding.concern.service.IntelligenceMatches;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.UUID;

/** The packet of an intelligence match, for notification-service only; never routed by the gateway. */
@Path("/internal/intelligence/matches")
@Tag(name = "Internal", description = "For notification-service's notifier account only")
@Produces(MediaType.APPLICATION_JSON)
public class InternalIntelligenceResource {

    private final IntelligenceMatches matches;

    public InternalIntelligenceResource(IntelligenceMatches matches) {
        this.matches = matches;
    }

    @GET
    @Path("{matchId}/packet")
    @RolesAllowed("notifier")
    @Operation(operationId = "getIntelligenceMatchPacket", summary = "The match's packet (INTELLIGENCE_MATCH), redacted by the shared table",
            description = "POLICE: {id, kind, value, concerns: [{concernId, childId, settingOrgId, referralId, firstSeenAt}], createdAt, "
                    + "updatedAt}; fieldsDisclosed INTELLIGENCE, SETTING, REFERRAL. Any other recipient type, or a match whose concerns "
                    + "no longer span two children (a referral revoked): empty and active false, so the delivery is cancelled.")
    @APIResponse(responseCode = "200", description = "the packet", content = @Content(schema = @Schema(implementation = Packet.class)))
    @APIResponse(responseCode = "400", description = "recipientType missing or unknown")
    @APIResponse(responseCode = "403", description = "not the notifier account")
    @APIResponse(responseCode = "404", description = "no such match")
    public Packet packet(@PathParam("matchId") UUID matchId, @BeanParam PacketQuery query) {
        return matches.packet(matchId, query.recipientType());
    }
}
