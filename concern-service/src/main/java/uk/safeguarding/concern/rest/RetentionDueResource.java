package uk.safeguarding.concern.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.concern.service.RetentionService;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/api/retention/due")
@Tag(name = "Retention")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionDueResource {

    private final RetentionService retention;
    private final Caller caller;
    private final Clock clock;

    public RetentionDueResource(RetentionService retention, Caller caller, Clock clock) {
        this.retention = retention;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listRetentionDue", summary = "Children whose records are due for erasure on a date (auditor)",
            description = "Ids only: the children past eraseAfter on `before` with no legal hold standing then. Defaults to today.")
    @APIResponse(responseCode = "200", description = "{before, childIds: [..]}")
    @APIResponse(responseCode = "400", description = "before is not an ISO 8601 date")
    @APIResponse(responseCode = "403", description = "not an auditor")
    public RetentionService.DueView due(@Parameter(description = "ISO 8601 date, e.g. 2037-03-15") @QueryParam("before") String before) {
        LocalDate date;
        try {
            date = before == null || before.isBlank() ? LocalDate.now(clock) : LocalDate.parse(before);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("before", "must be an ISO 8601 date (yyyy-mm-dd)");
        }
        return retention.due(date, caller);
    }
}
