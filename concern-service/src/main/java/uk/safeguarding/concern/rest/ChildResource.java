package uk.safeguarding.concern.rest;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.concern.api.ChildRequest;
import uk.safeguarding.concern.api.ChildResponse;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.concern.service.ChildService;
import uk.safeguarding.platform.problem.Problem;

import java.util.UUID;

@Path("/api/children")
@Tag(name = "Children", description = "Children and young people of the caller's setting (staff, dcpo; a school MIS upserts by UPN and reads nothing back)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "invalid body or parameter; errors name each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or bad token")
@APIResponse(responseCode = "403", description = "role may not do this for your organisation type, or settingOrgId is not your organisation")
public class ChildResource {

    private final ChildService children;

    public ChildResource(ChildService children) {
        this.children = children;
    }

    @POST
    @Operation(operationId = "registerChild", summary = "Register a child (e.g. one living in a children's home, without a UPN)")
    @APIResponse(responseCode = "201", description = "registered; Location and ETag set", headers = {
            @Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "409", description = "a child with this UPN is already registered at the setting, or an Idempotency-Key reused with another body")
    public Response register(ChildRequest body, @Context UriInfo uri) {
        ChildService.Saved saved = children.register(body);
        return Response.created(uri.getBaseUriBuilder().path("api/children").path(saved.child().id().toString()).build())
                .header(HttpHeaders.ETAG, saved.etag()).entity(saved.child()).build();
    }

    @PUT
    @Path("by-upn/{upn}")
    @Operation(operationId = "upsertChildByUpn", summary = "Upsert a child from a school MIS, keyed by setting and UPN",
            description = "201 when created, 200 when updated. The body's UPN, when given, must agree with the path's. If-Match is honoured when sent.")
    @APIResponse(responseCode = "200", description = "updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "201", description = "created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response upsertByUpn(@PathParam("upn") String upn, ChildRequest body,
                                @Parameter(description = "the ETag you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Context UriInfo uri) {
        ChildService.Saved saved = children.upsertByUpn(upn, body, ifMatch);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/children").path(saved.child().id().toString()).build())
                : Response.ok();
        return response.header(HttpHeaders.ETAG, saved.etag()).entity(saved.child()).build();
    }

    @GET
    @Path("{childId}")
    @Operation(operationId = "getChild", summary = "A child of your setting", description = "Staff and DCPO of the setting; an auditor reads any child by id (subject access, retention).")
    @APIResponse(responseCode = "200", description = "the child", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "404", description = "no such child at your setting")
    public Response get(@PathParam("childId") UUID childId) {
        ChildService.Saved saved = children.get(childId);
        return Response.ok(saved.child()).header(HttpHeaders.ETAG, saved.etag()).build();
    }

    @PUT
    @Path("{childId}")
    @Operation(operationId = "updateChild", summary = "Update a child of your setting", description = "Send If-Match with the ETag you read; a stale one is 412.")
    @APIResponse(responseCode = "200", description = "updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ChildResponse.class)))
    @APIResponse(responseCode = "404", description = "no such child at your setting")
    @APIResponse(responseCode = "409", description = "another child at the setting has this UPN")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response update(@PathParam("childId") UUID childId, ChildRequest body,
                           @Parameter(description = "the ETag you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ChildService.Saved saved = children.update(childId, body, ifMatch);
        return Response.ok(saved.child()).header(HttpHeaders.ETAG, saved.etag()).build();
    }

    @GET
    @Operation(operationId = "searchChildren", summary = "Search the children of your setting by name or UPN", description = "Newest first; size at most 200.")
    @APIResponse(responseCode = "200", description = "a page of children")
    public Page<ChildResponse> search(
            @Parameter(description = "part of a name, or a UPN") @QueryParam("q") String q,
            @BeanParam PageRequest paging) {
        return children.search(q, paging.validated());
    }
}
