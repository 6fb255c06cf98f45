package uk.safeguarding.notification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.notification.mapping.ChannelMapper;
import uk.safeguarding.notification.api.ChannelRequest;
import uk.safeguarding.notification.api.ChannelView;
import uk.safeguarding.notification.service.ChannelService;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

@Path("/api/agencies/{orgId}/channel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency channels", description = "How an agency receives notifications: a signed webhook (Standard Webhooks 1.0) or its inbox. admin only.")
public class ChannelResource {

    private final ChannelService channels;
    private final ChannelMapper mapper;
    private final Caller caller;

    public ChannelResource(ChannelService channels, ChannelMapper mapper, Caller caller) {
        this.channels = channels;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getAgencyChannel", summary = "The agency's channel, without its secret")
    @APIResponse(responseCode = "200", description = "The channel; ETag for If-Match",
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "404", description = "No channel: the agency pulls from its inbox")
    public Response get(@PathParam("orgId") String orgId) {
        caller.require(Role.ADMIN);
        var channel = channels.find(orgId).orElseThrow(() -> ProblemException.notFound("channel"));
        return Response.ok(mapper.toApiModel(channel, null)).tag(unquoted(channel.etag())).build();
    }

    @PUT
    @Operation(operationId = "putAgencyChannel", summary = "Create or replace the agency's channel",
            description = "Without webhookUrl the agency pulls from its inbox. Without secret, a new channel gets a generated "
                    + "one, returned in this response only (an idempotent replay withholds it). An existing channel keeps its "
                    + "secret unless one is given; use rotate-secret for a rotation with overlap. http:// only for loopback "
                    + "in the local profile; private, link-local and metadata addresses are refused unless allow-listed.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid webhookUrl or secret (problem+json naming the field)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response put(@PathParam("orgId") String orgId, ChannelRequest body,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @jakarta.ws.rs.core.Context UriInfo uri) {
        caller.require(Role.ADMIN);
        ChannelRequest request = body == null ? new ChannelRequest(null, null) : body;
        ChannelService.Result result = channels.put(orgId, request.webhookUrl(), request.secret(), ifMatch);
        ChannelView view = mapper.toApiModel(result.channel(), result.revealedSecret());
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePath()) .status(201)
                : Response.ok();
        return response.entity(view).tag(unquoted(result.channel().etag())).build();
    }

    @POST
    @Path("/rotate-secret")
    @Operation(operationId = "rotateAgencyChannelSecret", summary = "Rotate the signing secret",
            description = "Returns the new secret once. For 24 hours webhooks carry two signatures, with the new and the previous secret.")
    @APIResponse(responseCode = "200", description = "The channel with the new secret",
            content = @Content(schema = @Schema(implementation = ChannelView.class, type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No channel")
    public Response rotate(@PathParam("orgId") String orgId) {
        caller.require(Role.ADMIN);
        ChannelService.Result result = channels.rotate(orgId);
        return Response.ok(mapper.toApiModel(result.channel(), result.revealedSecret())).tag(unquoted(result.channel().etag())).build();
    }

    private static String unquoted(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}
