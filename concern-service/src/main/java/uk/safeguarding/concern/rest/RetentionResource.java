package uk.safeguarding.concern.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.concern.service.RetentionService;
import uk.safeguarding.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/children/{childId}/retention")
@Tag(name = "Retention", description = "How long a child's records are kept, legal holds, and the daily erasure")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    private final RetentionService retention;
    private final Caller caller;
    private final Clock clock;

    public RetentionResource(RetentionService retention, Caller caller, Clock clock) {
        this.retention = retention;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getChildRetention", summary = "When the child's records may be erased, and what holds them longer",
            description = "eraseAfter: the 25th birthday for a school's child (the child-protection file), 75 years from birth "
                    + "for a child placed in a children's home (reg. 36 case records); a 29 February birthday falls on 1 March "
                    + "in a common year. The records are erased on the day after eraseAfter unless a legal hold stands: a police "
                    + "referral answered INVESTIGATION_OPENED while the concern is open, or a support plan's court date today or "
                    + "ahead. For the setting's DCPO and the auditor.")
    @APIResponse(responseCode = "200", description = "{childId, eraseAfter, basis, legalHold: {active, holds: [{kind, sourceId, until}]}, due}")
    @APIResponse(responseCode = "401", description = "no or bad token")
    @APIResponse(responseCode = "403", description = "neither dcpo nor auditor")
    @APIResponse(responseCode = "404", description = "not a child of the caller's setting")
    public RetentionService.RetentionView get(@PathParam("childId") UUID childId) {
        return retention.retention(childId, caller, LocalDate.now(clock));
    }
}
