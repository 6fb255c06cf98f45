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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.referral.service.SupportPlanService;

@Path("/internal/support-plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("notifier")
@Tag(name = "Internal", description = "For notification-service's notifier account only; never routed by the gateway")
public class SupportPlanPacketResource {

    private final SupportPlanService plans;

    public SupportPlanPacketResource(SupportPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Path("/{id}/packet")
    @Operation(operationId = "getSupportPlanPacket",
            summary = "A support plan's services and dates for a prompt's recipient (the DCPO or the local authority), redacted by the shared table")
    @APIResponse(responseCode = "200", description = "the packet; empty data for a recipient that may not see support plans",
            content = @Content(schema = @Schema(implementation = Packet.class)))
    @APIResponse(responseCode = "400", description = "recipientType missing or unknown")
    @APIResponse(responseCode = "404", description = "no such support plan")
    public Packet packet(@PathParam("id") String id, @BeanParam PacketQuery query) {
        return plans.packet(Params.requiredUuid("id", id), query.recipientType());
    }
}
