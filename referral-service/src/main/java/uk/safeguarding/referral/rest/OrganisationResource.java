package uk.safeguarding.referral.rest;

import uk.safeguarding.platform.web.Params;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;
import uk.safeguarding.referral.api.OrganisationBody;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.referral.domain.OrganisationRules;
import uk.safeguarding.referral.domain.OrganisationVisibility;
import uk.safeguarding.referral.repository.DirectoryEntry;
import uk.safeguarding.referral.service.OrganisationService;

import java.util.Arrays;

@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The directory: settings and agencies. Admin writes; agencies are listed to every role, "
        + "a children's home only to admin, itself, its local authority and police force, Ofsted and authorities placing children there, "
        + "a school only to admin, itself and its own agencies. Changes emit organisation.registered / organisation.updated.")
public class OrganisationResource {

    private static final Role[] ANY_PERSON_ROLE = Arrays.stream(Role.values()).filter(r -> r != Role.NOTIFIER).toArray(Role[]::new);

    private final OrganisationService organisations;
    private final Caller caller;
    private final UriInfo uriInfo;

    public OrganisationResource(OrganisationService organisations, Caller caller, UriInfo uriInfo) {
        this.organisations = organisations;
        this.caller = caller;
        this.uriInfo = uriInfo;
    }

    @POST
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation (admin)")
    @APIResponse(responseCode = "201", description = "registered; Location and ETag set", content = @Content(schema = @Schema(implementation = Organisation.class)))
    @APIResponse(responseCode = "400", description = "invalid field, e.g. a setting without its local authority")
    @APIResponse(responseCode = "409", description = "the id is taken, or a second OFSTED (there is one national inspectorate)")
    @APIResponse(responseCode = "422", description = "a named local authority or police force is missing or of another type")
    public Response register(@NotNull @Valid OrganisationBody body) {
        caller.require(Role.ADMIN);
        OrganisationService.Written written = organisations.register(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(written.organisation().id()).build())
                .tag(etag(written)).entity(written.organisation()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "putOrganisation", summary = "Create or update an organisation (admin); its type never changes")
    @APIResponse(responseCode = "200", description = "updated", content = @Content(schema = @Schema(implementation = Organisation.class)))
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = Organisation.class)))
    @APIResponse(responseCode = "409", description = "the type would change, or a second OFSTED (there is one national inspectorate)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response put(@PathParam("id") String id,
                        @Parameter(description = "the ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid OrganisationBody body) {
        caller.require(Role.ADMIN);
        if (!OrganisationRules.ID.matcher(id).matches() || id.length() > 64) {
            throw ProblemException.badRequest("id", "must be upper-case words joined by hyphens, e.g. LA-801");
        }
        OrganisationService.Written written = organisations.put(id, body, ifMatch);
        Response.ResponseBuilder response = written.created()
                ? Response.created(uriInfo.getAbsolutePath())
                : Response.ok();
        return response.tag(etag(written)).entity(written.organisation()).build();
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "The organisations the caller may see, newest first")
    public Page<Organisation> list(@QueryParam("type") String type, @BeanParam PageRequest paging) {
        caller.require(ANY_PERSON_ROLE);
        OrganisationType ofType = Params.enumValue("type", type, OrganisationType.class);
        return organisations.list(organisations.viewer(caller), ofType, paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "One organisation; 404 when the caller may not see it")
    @APIResponse(responseCode = "200", description = "the organisation; ETag set", content = @Content(schema = @Schema(implementation = Organisation.class)))
    public Response get(@PathParam("id") String id) {
        caller.require(ANY_PERSON_ROLE);
        OrganisationVisibility.Viewer viewer = organisations.viewer(caller);
        DirectoryEntry entry = organisations.find(id).orElse(null);
        Caller.visibleOr404(entry, entry != null && OrganisationVisibility.visible(viewer, entry.toOrganisation()), "organisation");
        return Response.ok(entry.toOrganisation()).tag(String.valueOf(entry.version)).build();
    }

    private static String etag(OrganisationService.Written written) {
        return String.valueOf(written.version());
    }
}
