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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.referral.api.SupportPlanBody;
import uk.safeguarding.referral.api.SupportPlanVersionView;
import uk.safeguarding.referral.api.SupportPlanView;
import uk.safeguarding.referral.service.SupportPlanService;

import java.util.List;
import java.util.UUID;

@Path("/api/support-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support plans", description = "Procedure 3.4 and 3.6: agreed services with a coordinating agency each, the child's views, "
        + "the review tied to the Looked After Child review, Placement Plan updates, links to adult services and support through "
        + "legal proceedings. Written and read by the DCPO of the child's setting or a social worker of its placing authority; versioned.")
public class SupportPlanResource {

    private final SupportPlanService plans;
    private final Caller caller;
    private final UriInfo uriInfo;

    public SupportPlanResource(SupportPlanService plans, Caller caller, UriInfo uriInfo) {
        this.plans = plans;
        this.caller = caller;
        this.uriInfo = uriInfo;
    }

    @POST
    @Operation(operationId = "createSupportPlan", summary = "Agree a support plan for a child")
    @APIResponse(responseCode = "201", description = "created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = SupportPlanView.class)))
    @APIResponse(responseCode = "404", description = "a child the caller is not responsible for")
    @APIResponse(responseCode = "422", description = "a coordinating agency or ISVA organisation unknown to the directory")
    public Response create(@NotNull @Valid SupportPlanBody body) {
        SupportPlanView plan = plans.create(body, caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .tag(String.valueOf(plan.version())).entity(plan).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateSupportPlan", summary = "Change a plan: a new version, the old kept in the history")
    @APIResponse(responseCode = "200", description = "the plan's new version; ETag set",
            content = @Content(schema = @Schema(implementation = SupportPlanView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid SupportPlanBody body) {
        SupportPlanView plan = plans.update(Params.requiredUuid("id", id), ifMatch, body, caller);
        return Response.ok(plan).tag(String.valueOf(plan.version())).build();
    }

    @GET
    @Operation(operationId = "listSupportPlans", summary = "A child's support plans, newest first",
            description = "The DCPO of the child's setting, a social worker of its placing authority; the auditor, read-only, for subject access.")
    public Page<SupportPlanView> list(@QueryParam("childId") String childId, @BeanParam PageRequest paging) {
        UUID child = Params.uuid("childId", childId);
        if (child == null) {
            throw ProblemException.badRequest("childId", "is required");
        }
        return plans.list(child, caller, paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSupportPlan", summary = "One support plan, with its ETag")
    @APIResponse(responseCode = "200", description = "the plan; ETag set", content = @Content(schema = @Schema(implementation = SupportPlanView.class)))
    public Response get(@PathParam("id") String id) {
        SupportPlanView plan = plans.get(Params.requiredUuid("id", id), caller);
        return Response.ok(plan).tag(String.valueOf(plan.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getSupportPlanHistory", summary = "Every version of the plan, newest first")
    public List<SupportPlanVersionView> history(@PathParam("id") String id) {
        return plans.history(Params.requiredUuid("id", id), caller);
    }
}
