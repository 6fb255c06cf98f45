package uk.safeguarding.notification.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.notification.rest.model.DisclosureView;
import uk.safeguarding.notification.rest.model.PageView;
import uk.safeguarding.notification.rest.model.VerificationView;
import uk.safeguarding.notification.service.DisclosureLog;
import uk.safeguarding.notification.service.DisclosureQueries;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

@Path("/api/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure log", description = "Every delivery, inbox read and advice request, hash-chained: "
        + "hash = hex SHA-256 of the RFC 8785 canonical JSON of the entry without hash; genesis prevHash is 64 zeros")
public class DisclosureResource {

    private final DisclosureQueries queries;
    private final DisclosureLog log;
    private final Caller caller;

    public DisclosureResource(DisclosureQueries queries, DisclosureLog log, Caller caller) {
        this.queries = queries;
        this.log = log;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDisclosures", summary = "Entries, newest first (auditor: all, optionally by child; dcpo: a child of its own setting)")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "404", description = "dcpo: the child is not of the caller's setting")
    public PageView<DisclosureView> list(@QueryParam("childId") String childId,
                                         @QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("50") int size) {
        Role role = caller.require(Role.AUDITOR, Role.DCPO);
        Paging.check(page, size);
        return role == Role.AUDITOR
                ? queries.list(Ids.uuid(childId, "childId"), page, size)
                : queries.listForSetting(Ids.uuid(childId, "childId"), caller.orgId(), page, size);
    }

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyDisclosureLog", summary = "Recompute the whole chain", description = "{valid, entries, brokenAt?}: brokenAt is the first seq that does not hold")
    public VerificationView verify() {
        caller.require(Role.AUDITOR);
        var result = log.verify();
        return new VerificationView(result.valid(), result.entries(), result.brokenAt());
    }
}
