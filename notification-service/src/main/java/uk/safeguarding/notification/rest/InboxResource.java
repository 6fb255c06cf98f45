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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.notification.api.InboxItem;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.notification.service.InboxService;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "Notifications addressed to the caller's organisation: agencies, and the DCPO of a setting for its prompts")
public class InboxResource {

    static final Role[] READERS = {Role.SOCIAL_WORKER, Role.POLICE, Role.OFSTED_INSPECTOR, Role.SPECIALIST, Role.DCPO};

    private final InboxService inbox;
    private final Caller caller;

    public InboxResource(InboxService inbox, Caller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listInbox", summary = "The caller's organisation's notifications, newest first",
            description = "DELIVERED and ACKNOWLEDGED by default. Each packet is fetched from its owner now, redacted for the "
                    + "caller's organisation type, and logged as a disclosure. A withdrawn notification (e.g. a revoked "
                    + "referral) shows withdrawn=true and its referralId only: no child, concern or episode id, no packet.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "status other than DELIVERED or ACKNOWLEDGED (nothing else is in an inbox)")
    @APIResponse(responseCode = "403", description = "A role without an inbox")
    public Page<InboxItem> list(@QueryParam("status") String status,
                                    @BeanParam PageRequest paging) {
        caller.require(READERS);
        paging.validated();
        return inbox.read(caller.orgId(), Params.enumValue("status", status, DeliveryStatus.class), paging.page(), paging.size());
    }

    @POST
    @Path("/{id}/ack")
    @Operation(operationId = "acknowledgeInboxItem", summary = "Acknowledge a notification (referral-service marks the referral ACKNOWLEDGED)",
            description = "Idempotent; a webhook-delivered notification is acknowledged with its webhook-id.")
    @APIResponse(responseCode = "200", description = "The notification, ACKNOWLEDGED (no packet)")
    @APIResponse(responseCode = "404", description = "Not a notification that reached the caller's organisation")
    public InboxItem ack(@PathParam("id") String id) {
        caller.require(READERS);
        return inbox.acknowledge(Params.uuid("id", id), caller.orgId());
    }
}
