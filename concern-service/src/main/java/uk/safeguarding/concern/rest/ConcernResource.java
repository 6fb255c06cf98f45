package uk.safeguarding.concern.rest;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import uk.safeguarding.concern.api.AdviceRequestBody;
import uk.safeguarding.concern.api.AdviceRequestResponse;
import uk.safeguarding.concern.api.CloseRequest;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.api.EvidenceRequest;
import uk.safeguarding.concern.api.EvidenceView;
import uk.safeguarding.concern.api.HandoverRequest;
import uk.safeguarding.concern.api.SpecialistConsentRequest;
import uk.safeguarding.concern.api.SpecialistConsentView;
import uk.safeguarding.concern.api.HistoryEntryResponse;
import uk.safeguarding.concern.api.IndicatorsRequest;
import uk.safeguarding.concern.api.IntelligenceRequest;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.concern.api.RaiseConcernRequest;
import uk.safeguarding.concern.domain.AnonymisedSummary;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.RiskLevel;
import uk.safeguarding.concern.domain.TriageDecision;
import uk.safeguarding.concern.service.AdviceService;
import uk.safeguarding.concern.service.ConcernReads;
import uk.safeguarding.concern.service.ConcernService;
import uk.safeguarding.concern.service.EvidenceService;
import uk.safeguarding.concern.service.SpecialistConsentService;
import uk.safeguarding.concern.service.TriageService;
import uk.safeguarding.platform.problem.Problem;

import java.util.List;
import java.util.UUID;

@Path("/api/concerns")
@Tag(name = "Concerns", description = "Concerns of possible child sexual exploitation: raising, screening, consent in law, triage")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "invalid body or parameter; errors name each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or bad token")
@APIResponse(responseCode = "403", description = "your role, for your organisation type, may never do this")
@APIResponse(responseCode = "404", description = "no such concern visible to you (another setting's answers 404 too)")
public class ConcernResource {

    private final ConcernService concerns;
    private final ConcernReads reads;
    private final TriageService triage;
    private final AdviceService advice;
    private final EvidenceService evidence;
    private final SpecialistConsentService specialistConsent;

    public ConcernResource(ConcernService concerns, ConcernReads reads, TriageService triage, AdviceService advice, EvidenceService evidence,
                           SpecialistConsentService specialistConsent) {
        this.concerns = concerns;
        this.reads = reads;
        this.triage = triage;
        this.advice = advice;
        this.evidence = evidence;
        this.specialistConsent = specialistConsent;
    }

    @POST
    @Operation(operationId = "raiseConcern", summary = "Raise a concern (staff, dcpo, mis-client of the child's setting)",
            description = "Computes riskScore, riskLevel (with riskModelVersion) and the consent-in-law assessment, age taken at observedAt. "
                    + "reportedBy is required from a mis-client. Intelligence is stored encrypted and is returned only to the DCPO.")
    @APIResponse(responseCode = "201", description = "raised, status RAISED", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ConcernResponse.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body")
    public Response raise(RaiseConcernRequest body, @Context UriInfo uri) {
        ConcernResponse concern = concerns.raise(body);
        return Response.created(uri.getBaseUriBuilder().path("api/concerns").path(concern.id().toString()).build())
                .entity(concern).build();
    }

    @GET
    @Operation(operationId = "listConcerns", summary = "List concerns",
            description = "The setting's concerns for staff and dcpo (a school MIS reads nothing back); for police, social workers and specialists those referred to their organisation. "
                    + "The auditor reads one child's concerns, any setting's, for subject access (childId required, else 400): "
                    + "without intelligence, with intelligenceItemsWithheld. Newest first. Lists omit intelligence.")
    @APIResponse(responseCode = "200", description = "a page of concerns")
    public Page<ConcernResponse> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("childId") String childId,
            @Parameter(schema = @Schema(implementation = ConcernStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "the screened risk level", schema = @Schema(implementation = RiskLevel.class)) @QueryParam("riskLevel") String riskLevel,
            @BeanParam PageRequest paging) {
        return reads.list(childId, status, riskLevel, paging.validated());
    }

    @GET
    @Path("{concernId}")
    @Operation(operationId = "getConcern", summary = "A concern with its indicators and decisions",
            description = "Intelligence only for the setting's DCPO and police of a force the concern was referred to.")
    @APIResponse(responseCode = "200", description = "the concern", content = @Content(schema = @Schema(implementation = ConcernResponse.class)))
    public ConcernResponse get(@PathParam("concernId") UUID concernId) {
        return reads.get(concernId);
    }

    @POST
    @Path("{concernId}/indicators")
    @Operation(operationId = "addConcernIndicators", summary = "Add indicators (staff, dcpo of the setting)",
            description = "Re-assesses consent and re-screens the risk; emits concern.updated (INDICATOR_ADDED) so referred agencies hear of it. "
                    + "Codes already held are ignored.")
    @APIResponse(responseCode = "200", description = "the concern, re-screened", content = @Content(schema = @Schema(implementation = ConcernResponse.class)))
    @APIResponse(responseCode = "409", description = "the concern is closed")
    public ConcernResponse addIndicators(@PathParam("concernId") UUID concernId, IndicatorsRequest body) {
        return concerns.addIndicators(concernId, body);
    }

    @POST
    @Path("{concernId}/intelligence")
    @Operation(operationId = "addConcernIntelligence", summary = "Add intelligence (staff, dcpo of the setting)",
            description = "Vehicles (registrations normalised and checked against UK formats), persons and locations; stored encrypted. "
                    + "Answers the items added, as stored.")
    @APIResponse(responseCode = "200", description = "the items added", content = @Content(schema = @Schema(implementation = IntelligenceView.class)))
    public IntelligenceView addIntelligence(@PathParam("concernId") UUID concernId, IntelligenceRequest body) {
        return concerns.addIntelligence(concernId, body);
    }

    @POST
    @Path("{concernId}/decision")
    @Operation(operationId = "decideConcern", summary = "Decide: REFER, MONITOR or NO_FURTHER_ACTION (dcpo of the setting)",
            description = "Allowed while RAISED or MONITORING. Rationale always; consent.reason unless consent was GIVEN; reviewBy for MONITOR. "
                    + "specialistReferral.agreed true needs by CHILD (procedure 3.4; PARENT or CARER → 422 naming specialistReferral.by). "
                    + "MONITOR or NO_FURTHER_ACTION over UNDER_13_NO_CAPACITY, RAPE_OR_SEXUAL_ASSAULT or NO_TRUE_CONSENT needs overrideRationale. "
                    + "Emits concern.decided (and concern.closed for NO_FURTHER_ACTION).")
    @APIResponse(responseCode = "200", description = "the concern as decided", content = @Content(schema = @Schema(implementation = ConcernResponse.class)))
    @APIResponse(responseCode = "409", description = "the concern is not RAISED or MONITORING")
    @APIResponse(responseCode = "422", description = "overrideRationale needed to hold back this concern; or a specialist referral agreed by someone other than the child",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConcernResponse decide(@PathParam("concernId") UUID concernId, TriageDecision body) {
        return triage.decide(concernId, body);
    }

    @POST
    @Path("{concernId}/close")
    @Operation(operationId = "closeConcern", summary = "Close a REFERRED concern (dcpo of the setting)")
    @APIResponse(responseCode = "200", description = "closed", content = @Content(schema = @Schema(implementation = ConcernResponse.class)))
    @APIResponse(responseCode = "409", description = "the concern is not REFERRED")
    public ConcernResponse close(@PathParam("concernId") UUID concernId, CloseRequest body) {
        return triage.close(concernId, body);
    }

    @GET
    @Path("{concernId}/history")
    @Operation(operationId = "getConcernHistory", summary = "The chronology: every change, who and when")
    @APIResponse(responseCode = "200", description = "oldest first")
    public List<HistoryEntryResponse> history(@PathParam("concernId") UUID concernId) {
        return reads.history(concernId);
    }

    @GET
    @Path("{concernId}/anonymised")
    @Operation(operationId = "getAnonymisedConcern", summary = "The anonymised summary for seeking specialist advice (staff, dcpo of the setting)",
            description = "Age band, gender, indicator codes, vulnerability categories, risk level, local-authority area and month; "
                    + "free text only from the DCPO's anonymisedNarrative. No name, date of birth, UPN, NHS number, child id, setting or intelligence.")
    @APIResponse(responseCode = "200", description = "the summary", content = @Content(schema = @Schema(implementation = AnonymisedSummary.class)))
    public AnonymisedSummary anonymised(@PathParam("concernId") UUID concernId) {
        return reads.anonymised(concernId);
    }

    @GET
    @Path("{concernId}/pathway.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getConcernPathway", summary = "The procedure as a flowchart with this concern's path highlighted",
            description = "raise → DCPO review → refer / monitor / no further action → agencies informed; reg. 40 notice for children's homes.")
    @APIResponse(responseCode = "200", description = "an SVG image", content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING)))
    public String pathway(@PathParam("concernId") UUID concernId) {
        return reads.pathway(concernId);
    }

    @POST
    @Path("{concernId}/advice-requests")
    @Operation(operationId = "requestAdvice", summary = "Ask a specialist service for advice on the anonymised summary (dcpo of the setting)",
            description = "Emits concern.advice-requested; notification-service sends the ADVICE packet and logs the disclosure. "
                    + "A given anonymisedNarrative becomes the concern's narrative for the anonymised view.")
    @APIResponse(responseCode = "201", description = "requested", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AdviceRequestResponse.class)))
    @APIResponse(responseCode = "409", description = "the concern is closed")
    public Response requestAdvice(@PathParam("concernId") UUID concernId, AdviceRequestBody body, @Context UriInfo uri) {
        AdviceRequestResponse created = advice.request(concernId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/concerns").path(concernId.toString())
                .path("advice-requests").path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("{concernId}/advice-requests/{adviceRequestId}")
    @Operation(operationId = "getAdviceRequest", summary = "An advice request and the summary it sent (dcpo of the setting)")
    @APIResponse(responseCode = "200", description = "the advice request", content = @Content(schema = @Schema(implementation = AdviceRequestResponse.class)))
    public AdviceRequestResponse adviceRequest(@PathParam("concernId") UUID concernId, @PathParam("adviceRequestId") UUID adviceRequestId) {
        return advice.get(concernId, adviceRequestId);
    }

    // ---- procedure 3.4: the child's own agreement to a specialist referral ----

    @POST
    @Path("{concernId}/specialist-consent")
    @Operation(operationId = "recordSpecialistConsent", summary = "Record the child agreeing to, or withdrawing from, a referral to one specialist (dcpo of the setting)",
            description = "At any time (procedure 3.4: a referral is made \"if the child or young person is in agreement\"). by must be CHILD "
                    + "(PARENT or CARER → 422 naming by). Agreeing (concern not CLOSED) emits concern.consent-given and referral-service makes "
                    + "the specialist referral; withdrawing emits concern.consent-withdrawn, referral-service revokes that specialist's "
                    + "referral whatever its status, and from now on the specialist reads nothing of the concern (404) and its packets are empty. "
                    + "The latest word naming a specialist is that specialist's agreement; it says nothing about any other specialist.")
    @APIResponse(responseCode = "201", description = "recorded", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = SpecialistConsentView.class)))
    @APIResponse(responseCode = "409", description = "agreeing on a CLOSED concern")
    @APIResponse(responseCode = "422", description = "by is not CHILD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordSpecialistConsent(@PathParam("concernId") UUID concernId, SpecialistConsentRequest body, @Context UriInfo uri) {
        SpecialistConsentView recorded = specialistConsent.record(concernId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/concerns").path(concernId.toString())
                .path("specialist-consent").build()).entity(recorded).build();
    }

    @GET
    @Path("{concernId}/specialist-consent")
    @Operation(operationId = "listSpecialistConsent", summary = "Every agreement and withdrawal recorded for the concern, oldest first (dcpo of the setting)")
    @APIResponse(responseCode = "200", description = "the records")
    public List<SpecialistConsentView> specialistConsents(@PathParam("concernId") UUID concernId) {
        return specialistConsent.list(concernId);
    }

    // ---- procedure 3.5: preserve, do not investigate ----

    @POST
    @Path("{concernId}/evidence")
    @Operation(operationId = "recordEvidence", summary = "Record an item preserved for a possible prosecution (staff, dcpo of the setting)",
            description = "Procedure 3.5: staff protect potential evidence; police investigate. description and storedWhere are stored "
                    + "encrypted; the chain of custody starts with PRESERVED at preservedAt by the recording user.")
    @APIResponse(responseCode = "201", description = "recorded", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public Response recordEvidence(@PathParam("concernId") UUID concernId, EvidenceRequest body, @Context UriInfo uri) {
        EvidenceView recorded = evidence.record(concernId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/concerns").path(concernId.toString())
                .path("evidence").build()).entity(recorded).build();
    }

    @POST
    @Path("{concernId}/evidence/{evidenceId}/handover")
    @Operation(operationId = "handOverEvidence", summary = "Hand an item over to police: the next link of its chain of custody (staff, dcpo of the setting)",
            description = "Once only: an item already handed over answers 409.")
    @APIResponse(responseCode = "200", description = "the item with its custody", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "409", description = "already handed over")
    public EvidenceView handOverEvidence(@PathParam("concernId") UUID concernId, @PathParam("evidenceId") UUID evidenceId,
                                         HandoverRequest body) {
        return evidence.handover(concernId, evidenceId, body);
    }

    @GET
    @Path("{concernId}/evidence")
    @Operation(operationId = "listEvidence", summary = "The evidence log with each item's chain of custody (dcpo of the setting; police of a force the concern was referred to)",
            description = "Oldest first. Staff, social workers and specialists: 403; another force or setting: 404.")
    @APIResponse(responseCode = "200", description = "the log")
    public List<EvidenceView> evidenceLog(@PathParam("concernId") UUID concernId) {
        return evidence.list(concernId);
    }
}
