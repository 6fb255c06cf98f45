package uk.safeguarding.concern.rest;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.concern.api.IntelligenceMatchView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.concern.service.IntelligenceMatches;
import uk.safeguarding.platform.problem.Problem;

@Path("/api/intelligence/matches")
@Tag(name = "Intelligence matches", description = "The same registration or name across children referred to one police force (police of that force only)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "a bad page, size or id; errors name the field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or bad token")
@APIResponse(responseCode = "403", description = "not police of a police force")
public class IntelligenceMatchResource {

    private final IntelligenceMatches matches;

    public IntelligenceMatchResource(IntelligenceMatches matches) {
        this.matches = matches;
    }

    @GET
    @Operation(operationId = "listIntelligenceMatches", summary = "The caller's force's matches, most recently found or grown first",
            description = "A match is one vehicle registration (normalised, exact) or person name (case- and space-insensitive, exact) "
                    + "held by concerns of two or more different children, each referred to the force and not revoked. "
                    + "Partial and unverified registrations never match. {items, page, size, total}; size ≤ 200.")
    @APIResponse(responseCode = "200", description = "{items: [match], page, size, total}")
    public Page<IntelligenceMatchView> list(@BeanParam PageRequest paging) {
        return matches.list(paging.validated());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIntelligenceMatch", summary = "One match of the caller's force")
    @APIResponse(responseCode = "200", description = "the match", content = @Content(schema = @Schema(implementation = IntelligenceMatchView.class)))
    @APIResponse(responseCode = "404", description = "no such match of your force (another force's answers 404 too)")
    public IntelligenceMatchView get(@PathParam("id") String id) {
        return matches.get(id);
    }
}
