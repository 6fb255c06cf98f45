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

/** missing-episode-service's packet endpoint, asked with the notifier's token. */
@RegisterRestClient(configKey = "missing-episode-service")
@OidcClientFilter
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface MissingPackets {

    @GET
    @Path("/missing-episodes/{id}/packet")
    Response missingEpisode(@PathParam("id") UUID id, @QueryParam("recipientType") RecipientType recipientType);
}
