package uk.safeguarding.notification.rest;

import uk.safeguarding.notification.domain.DeliveryStatus;

import uk.safeguarding.platform.web.Params;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.notification.mapping.DeliveryMapper;
import uk.safeguarding.notification.api.DeliverySummary;
import uk.safeguarding.notification.api.DeliveryView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.notification.service.DeliveryQueries;
import uk.safeguarding.notification.service.DeliveryService;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries (ops)", description = "Delivery status, dead letters and retries: metadata only, never a packet or personal data")
public class DeliveryResource {

    private final DeliveryQueries queries;
    private final DeliveryService deliveries;
    private final DeliveryMapper mapper;
    private final Caller caller;

    public DeliveryResource(DeliveryQueries queries, DeliveryService deliveries, DeliveryMapper mapper, Caller caller) {
        this.queries = queries;
        this.deliveries = deliveries;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeliveries", summary = "Deliveries, newest first, by status and agency")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<DeliveryView> list(@QueryParam("status") String status, @QueryParam("agencyOrgId") String agencyOrgId,
                                       @BeanParam PageRequest paging) {
        caller.require(Role.OPS);
        paging.validated();
        return queries.list(Params.enumValue("status", status, DeliveryStatus.class), agencyOrgId, paging.page(), paging.size());
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getDeliverySummary", summary = "Counts by status and by agency, for the ops console")
    public DeliverySummary summary() {
        caller.require(Role.OPS);
        return queries.summary();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "One delivery's metadata")
    @APIResponse(responseCode = "200", description = "the delivery's metadata",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery")
    public DeliveryView get(@PathParam("id") String id) {
        caller.require(Role.OPS);
        return queries.get(Params.uuid("id", id));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryDelivery", summary = "Re-queue a DEAD_LETTERED delivery for a new cycle of attempts")
    @APIResponse(responseCode = "200", description = "The delivery, PENDING")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "Not DEAD_LETTERED, or a delivery of a revoked referral (it discloses nothing more)")
    public DeliveryView retry(@PathParam("id") String id) {
        caller.require(Role.OPS);
        return mapper.toApiModel(deliveries.retry(Params.uuid("id", id)));
    }
}
