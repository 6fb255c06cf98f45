package uk.safeguarding.missing.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.missing.service.EpisodePackets;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;

@Path("/internal/missing-episodes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal (notification-service)")
public class InternalPacketResource {

    private final EpisodePackets packets;

    public InternalPacketResource(EpisodePackets packets) {
        this.packets = packets;
    }

    @GET
    @Path("/{id}/packet")
    @RolesAllowed("notifier")
    @Operation(operationId = "getMissingEpisodePacket", summary = "The episode's packet for a recipient type, redacted by the shared table",
            description = "Only for the notifier service account. Holders of MISSING_EPISODE get times, grade, status and flags; "
                    + "circumstances, places and findings only those who hold CHILD_IDENTITY; never a name or the UPN. "
                    + "For a recipient that may receive nothing of an episode the packet is inactive and empty.")
    @APIResponse(responseCode = "200", description = "The packet")
    @APIResponse(responseCode = "400", description = "recipientType missing or unknown")
    @APIResponse(responseCode = "404", description = "No such episode")
    public Packet packet(@PathParam("id") String id, @BeanParam PacketQuery query) {
        return packets.packet(Params.requiredUuid("id", id), query.recipientType());
    }
}
