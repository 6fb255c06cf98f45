package uk.safeguarding.gateway.rest;

import uk.safeguarding.platform.problem.ProblemException;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.gateway.domain.Timeline;
import uk.safeguarding.gateway.service.ForwardedHeaders;
import uk.safeguarding.gateway.service.TimelineService;

import java.util.UUID;

@Path("/api/children/{childId}/timeline")
@Tag(name = "Child timeline", description = "Composed by the gateway from every service with the caller's own token: only what the caller may see")
@Authenticated
public class TimelineResource {

    @Inject
    TimelineService timelines;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getChildTimeline", summary = "A child's concerns, referrals, missing episodes and disclosures in time order (oldest first)",
            description = "Each source is asked with the caller's own token, so every part holds only what the caller may "
                    + "see there (a child the caller may not see gives an empty timeline). Items carry at, source, kind, id "
                    + "and codes, statuses and organisation ids only; never free text. A source that fails or refuses is "
                    + "named in incomplete. Covers the newest 200 records of each source.")
    @APIResponse(responseCode = "200", description = "{childId, items: [{at, source, kind, id, ...}], incomplete: [sources]}")
    @APIResponse(responseCode = "400", description = "childId is not a UUID")
    @APIResponse(responseCode = "401", description = "no or a bad token")
    @APIResponse(responseCode = "429", description = "rate limit exhausted; see Retry-After")
    public Uni<Timeline> timeline(@Parameter(description = "the child's id (UUID)") @PathParam("childId") String childId,
                                  @Context HttpHeaders headers) {
        try {
            UUID.fromString(childId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("childId", "must be a UUID");
        }
        return timelines.timeline(childId.toLowerCase(), ForwardedHeaders.of(headers));
    }
}
