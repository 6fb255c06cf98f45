package uk.safeguarding.referral.rest;

import uk.safeguarding.platform.web.Params;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.referral.api.EscalationBody;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.referral.api.ReferralView;
import uk.safeguarding.referral.api.ResponseBody;
import uk.safeguarding.referral.api.RevokeBody;
import uk.safeguarding.referral.api.UpdateBody;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.repository.ReferralNote;
import uk.safeguarding.referral.repository.ReferralRepository;
import uk.safeguarding.referral.service.ReferralService;

@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "One referral per agency for each decided concern (routing: REFER → the setting's local authority "
        + "social care, PUBLIC_TASK, 1 working day, and police force, PUBLIC_TASK, 24 h; cseSuspected in a children's home → Ofsted and "
        + "the placing authority, LEGAL_OBLIGATION, reg. 40(4)(a), 24 h; an agreed specialist referral → that service, CONSENT, "
        + "5 working days). Status PENDING → SENT → ACKNOWLEDGED → RESPONDED, or REVOKED. An agency sees the referrals "
        + "addressed to it, the referring setting (staff, dcpo) its own; ops sees metadata of all, admin metadata of unresolved ones.")
public class ReferralResource {

    private final ReferralService referrals;
    private final Caller caller;

    public ReferralResource(ReferralService referrals, Caller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listReferrals", summary = "The referrals the caller may see, newest first",
            description = "Items addressed to the caller's agency are redacted for its type; a REVOKED one is {id, agencyOrgId, status, revokedAt}. "
                    + "The auditor reads one child's referrals for subject access (childId required, else 400), as the referring setting sees them.")
    public Page<ReferralView> list(@QueryParam("concernId") String concernId, @QueryParam("childId") String childId,
                                       @QueryParam("status") String status, @QueryParam("agencyOrgId") String agencyOrgId,
                                       @Parameter(description = "true: only referrals whose agency is missing from the directory")
                                       @QueryParam("unresolved") String unresolved,
                                       @Parameter(description = "true: only referrals past dueBy without acknowledgement")
                                       @QueryParam("overdue") String overdue,
                                       @BeanParam PageRequest paging) {
        ReferralRepository.Filter filter = new ReferralRepository.Filter(Params.uuid("concernId", concernId),
                Params.uuid("childId", childId), Params.enumValue("status", status, ReferralStatus.class),
                agencyOrgId == null || agencyOrgId.isBlank() ? null : agencyOrgId,
                Params.bool("unresolved", unresolved), Params.bool("overdue", overdue));
        return referrals.list(filter, caller, paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReferral", summary = "One referral, with the further information and escalations sent",
            description = "To the addressed agency through the shared redaction table (Ofsted: no childId, no free text); a REVOKED "
                    + "referral to its agency is {id, agencyOrgId, status, revokedAt} only.")
    @APIResponse(responseCode = "200", description = "the referral as the caller may see it",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "no such referral, or not the caller's")
    public ReferralView get(@PathParam("id") String id) {
        return referrals.get(Params.requiredUuid("id", id), caller);
    }

    @POST
    @Path("/{id}/response")
    @Operation(operationId = "respondToReferral", summary = "The addressed agency answers (social-worker, police, ofsted, specialist of that agency)")
    @APIResponse(responseCode = "200", description = "RESPONDED, as the agency may see it (redacted for its type: Ofsted gets no childId "
            + "or free text); NOT_IN_NEED prompts the referring DCPO (referral.responded) and refers each organisation of "
            + "onwardReferral.orgIds (role ONWARD, PUBLIC_TASK, due in 5 working days; one not already referred)")
    @APIResponse(responseCode = "400", description = "invalid field; NOT_IN_NEED without onwardReferral")
    @APIResponse(responseCode = "404", description = "not a referral addressed to the caller's agency")
    @APIResponse(responseCode = "409", description = "not SENT or ACKNOWLEDGED (pending, already answered, revoked: a revoked referral "
            + "takes no response and the problem says nothing of it)")
    @APIResponse(responseCode = "422", description = "an outcome of another agency type, or an onward organisation unknown to the directory or not an agency (a setting or Ofsted)")
    public ReferralView respond(@PathParam("id") String id, @NotNull @Valid ResponseBody body) {
        return referrals.respond(Params.requiredUuid("id", id), body, caller);
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeReferral", summary = "The referring DCPO withdraws a referral not yet sent; never one to Ofsted")
    @APIResponse(responseCode = "200", description = "REVOKED; its packet answers active=false from now on")
    @APIResponse(responseCode = "403", description = "not the referring setting's DCPO")
    @APIResponse(responseCode = "409", description = "no longer PENDING, or addressed to Ofsted")
    public ReferralView revoke(@PathParam("id") String id, @NotNull @Valid RevokeBody body) {
        return referrals.revoke(Params.requiredUuid("id", id), body.reason(), caller);
    }

    @POST
    @Path("/{id}/updates")
    @Operation(operationId = "sendReferralUpdate", summary = "The referring DCPO sends further information to the agency (referral.updated)")
    @APIResponse(responseCode = "200", description = "the referral with its updates")
    @APIResponse(responseCode = "409", description = "the referral was revoked")
    public ReferralView update(@PathParam("id") String id, @NotNull @Valid UpdateBody body) {
        return referrals.addNote(Params.requiredUuid("id", id), ReferralNote.Kind.UPDATE, body.note(), caller);
    }

    @POST
    @Path("/{id}/escalations")
    @Operation(operationId = "escalateReferral", summary = "The referring DCPO escalates a late or disputed response (referral.escalated)")
    @APIResponse(responseCode = "200", description = "the referral with its escalations")
    @APIResponse(responseCode = "409", description = "the referral was revoked")
    public ReferralView escalate(@PathParam("id") String id, @NotNull @Valid EscalationBody body) {
        return referrals.addNote(Params.requiredUuid("id", id), ReferralNote.Kind.ESCALATION, body.reason(), caller);
    }
}
