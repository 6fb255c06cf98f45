package uk.safeguarding.notification.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.UUID;

/** concern-service's packet endpoints, asked with the notifier's token; a {@code null} parameter is left out. */
@RegisterRestClient(configKey = "concern-service")
@OidcClientFilter
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface ConcernPackets {

    /** {@code purpose}, {@code adviceRequestId} and {@code recipientOrgId}: it refuses an agency whose referral was revoked. */
    @GET
    @Path("/concerns/{id}/packet")
    Response concern(@PathParam("id") UUID id, @QueryParam("recipientType") RecipientType recipientType,
                     @QueryParam("purpose") PacketPurpose purpose, @QueryParam("adviceRequestId") UUID adviceRequestId,
                     @QueryParam("recipientOrgId") String recipientOrgId);

    @GET
    @Path("/intelligence/matches/{id}/packet")
    Response intelligenceMatch(@PathParam("id") UUID id, @QueryParam("recipientType") RecipientType recipientType);
}
