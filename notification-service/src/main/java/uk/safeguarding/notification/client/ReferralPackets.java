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
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.UUID;

/** referral-service's packet endpoints, asked with the notifier's token. */
@RegisterRestClient(configKey = "referral-service")
@OidcClientFilter
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface ReferralPackets {

    @GET
    @Path("/referrals/{id}/packet")
    Response referral(@PathParam("id") UUID id, @QueryParam("recipientType") RecipientType recipientType);

    @GET
    @Path("/support-plans/{id}/packet")
    Response supportPlan(@PathParam("id") UUID id, @QueryParam("recipientType") RecipientType recipientType);
}
