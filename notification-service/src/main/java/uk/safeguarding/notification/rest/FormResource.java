package uk.safeguarding.notification.rest;

import uk.safeguarding.platform.web.Params;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.notification.service.FormService;
import uk.safeguarding.platform.security.Caller;

import java.util.UUID;

@Path("/api/referrals/{id}/form.pdf")
@Tag(name = "Referral forms", description = "The multi-agency referral form, for agencies that take referrals as a form")
public class FormResource {

    private final FormService forms;
    private final Caller caller;

    public FormResource(FormService forms, Caller caller) {
        this.forms = forms;
        this.caller = caller;
    }

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getReferralForm", summary = "The referral as a multi-agency referral form (PDF)",
            description = "Rendered from the very packets the addressed agency receives (fetched from their owners now), so it "
                    + "holds what the shared redaction table gives that agency: police the intelligence, social care no "
                    + "intelligence, Ofsted the reg. 40(4)(a) notice (the home's name and Ofsted URN, the child's age and "
                    + "initials, no name). The addressed agency's download is logged as a disclosure (FORM_DOWNLOADED); the "
                    + "referring setting's DCPO may read the form the agency was sent. The gateway routes this path here.")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "no or a bad token")
    @APIResponse(responseCode = "404", description = "Not a referral addressed to the caller's organisation or made by its "
            + "setting; or revoked (to the agency)")
    @APIResponse(responseCode = "503", description = "An owner of the records did not answer; Retry-After")
    public Response form(@PathParam("id") String id) {
        UUID referralId = Params.uuid("id", id);
        byte[] pdf = forms.form(referralId, caller);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"referral-" + referralId + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
