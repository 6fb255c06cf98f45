package uk.safeguarding.gateway.rest;

import uk.safeguarding.platform.problem.ProblemException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.gateway.domain.SubjectAccessPdf;
import uk.safeguarding.gateway.service.ForwardedHeaders;
import uk.safeguarding.gateway.service.SubjectAccessService;

import java.util.UUID;

@Path("/api/children/{childId}/subject-access")
@Tag(name = "Subject access", description = "UK GDPR art. 15: everything the platform holds about a child and every disclosure of it, composed with the caller's own token")
@Authenticated
public class SubjectAccessResource {

    /** The roles that answer a subject access request; each service still decides what they see there. */
    static final String[] ROLES = {"dcpo", "auditor"};

    @Inject
    SubjectAccessService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(operationId = "getSubjectAccessBundle", summary = "Everything held about a child, and every disclosure of it (UK GDPR art. 15)",
            description = "Composed by the gateway from every service with the caller's own token (the child, concerns, "
                    + "referrals, missing episodes, support plans, and the disclosure log: who received what, when, which "
                    + "fields, on which lawful basis). Intelligence about other people (vehicles, persons, locations) is "
                    + "withheld as third-party data and listed in withheld. A part that could not be read is named in "
                    + "incomplete. For the setting's DCPO and the auditor. ?format=pdf gives the same as a PDF.")
    @APIResponse(responseCode = "200", description = "{child, concerns, referrals, missingEpisodes, supportPlans, disclosures, "
            + "withheld: [{source, recordId, field, items, reason}], incomplete: [parts], generatedAt}",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "child", type = SchemaType.OBJECT, description = "the child as the caller may see it"),
                    @SchemaProperty(name = "concerns", type = SchemaType.ARRAY, description = "every concern, in full"),
                    @SchemaProperty(name = "referrals", type = SchemaType.ARRAY),
                    @SchemaProperty(name = "missingEpisodes", type = SchemaType.ARRAY),
                    @SchemaProperty(name = "supportPlans", type = SchemaType.ARRAY),
                    @SchemaProperty(name = "disclosures", type = SchemaType.ARRAY, description = "who received what, when, which fields, on which lawful basis"),
                    @SchemaProperty(name = "withheld", type = SchemaType.ARRAY, description = "third-party data withheld: {source, recordId, field, items, reason}"),
                    @SchemaProperty(name = "incomplete", type = SchemaType.ARRAY, description = "parts that could not be read"),
                    @SchemaProperty(name = "generatedAt", type = SchemaType.STRING, format = "date-time")})),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "childId is not a UUID, or format is neither json nor pdf")
    @APIResponse(responseCode = "401", description = "no or a bad token")
    @APIResponse(responseCode = "403", description = "a role that never answers subject access requests")
    @APIResponse(responseCode = "404", description = "a child the caller may not see (e.g. another setting's)")
    @APIResponse(responseCode = "503", description = "the child's record could not be read just now")
    public Uni<Response> subjectAccess(@Parameter(description = "the child's id (UUID)") @PathParam("childId") String childId,
                                       @Parameter(description = "json (default) or pdf") @QueryParam("format") String format,
                                       @Context HttpHeaders headers) {
        try {
            UUID.fromString(childId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("childId", "must be a UUID");
        }
        boolean pdf = "pdf".equalsIgnoreCase(format);
        if (format != null && !pdf && !"json".equalsIgnoreCase(format)) {
            throw ProblemException.badRequest("format", "must be json or pdf");
        }
        boolean allowed = false;
        for (String role : ROLES) {
            allowed |= identity.hasRole(role);
        }
        if (!allowed) {
            throw new ForbiddenException();
        }
        // The DCPO sees the concerns' intelligence, so each is read to say what is withheld; the auditor's list says it.
        return service.bundle(childId.toLowerCase(), ForwardedHeaders.of(headers), identity.hasRole("dcpo"))
                .flatMap(bundle -> !pdf ? Uni.createFrom().item(Response.ok(bundle, MediaType.APPLICATION_JSON)
                        .header("Cache-Control", "no-store").build())
                        // Laying out a PDF is CPU work: off the event loop.
                        : Uni.createFrom().item(() -> Response.ok(SubjectAccessPdf.render(bundle, mapper), "application/pdf")
                                .header("Content-Disposition", "inline; filename=\"subject-access-" + childId.toLowerCase() + ".pdf\"")
                                .header("Cache-Control", "no-store").build())
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
