package uk.safeguarding.missing.rest;

import uk.safeguarding.platform.web.Params;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import uk.safeguarding.platform.time.Clocks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.missing.config.MissingConfig;
import uk.safeguarding.missing.domain.EpisodeStatus;
import uk.safeguarding.missing.domain.ReturnInterviewDeadline;
import uk.safeguarding.missing.mapping.EpisodeMapper;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.api.EpisodeView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.missing.api.RecordInterview;
import uk.safeguarding.missing.api.RecordReturn;
import uk.safeguarding.missing.api.ReportMissing;
import uk.safeguarding.missing.api.StatsView;
import uk.safeguarding.missing.api.UnlinkedView;
import uk.safeguarding.missing.service.MissingEpisodeService;
import uk.safeguarding.missing.service.MissingStatistics;
import uk.safeguarding.missing.service.UnlinkedEpisodeMonitor;

import java.time.Clock;
import java.util.List;

@Path("/api/missing-episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Missing episodes", description = "Missing episodes, returns and 72-hour return interviews; missing-pattern detection feeds CSE indicators; anonymised collated statistics")
public class MissingEpisodeResource {

    private final MissingEpisodeService service;
    private final MissingStatistics statistics;
    private final UnlinkedEpisodeMonitor unlinked;
    private final EpisodeMapper mapper;
    private final ReturnInterviewDeadline deadline;
    private final Clock clock;

    public MissingEpisodeResource(MissingEpisodeService service, MissingStatistics statistics, UnlinkedEpisodeMonitor unlinked,
                                  EpisodeMapper mapper, MissingConfig config, Clock clock) {
        this.service = service;
        this.statistics = statistics;
        this.unlinked = unlinked;
        this.mapper = mapper;
        this.deadline = new ReturnInterviewDeadline(config.interviewDeadline());
        this.clock = clock;
    }

    @POST
    @Operation(operationId = "reportMissingEpisode", summary = "Report a child missing",
            description = "staff, dcpo or mis-client of the child's setting (or the home it lives in); mis-client must name reportedBy. "
                    + "A child this service has not heard of yet is accepted for the caller's setting with pendingLink: true. "
                    + "A second open episode for the same child answers 409; a lastSeenAt in the future 400.")
    @APIResponse(responseCode = "201", description = "Reported: status MISSING", content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in errors)")
    @APIResponse(responseCode = "403", description = "Role may not report, or settingOrgId is not the caller's")
    @APIResponse(responseCode = "404", description = "The child belongs to another setting")
    @APIResponse(responseCode = "409", description = "The child already has an open episode")
    public Response report(@NotNull @Valid ReportMissing report, @jakarta.ws.rs.core.Context UriInfo uri) {
        MissingEpisode episode = service.report(report);
        return Response.created(uri.getAbsolutePathBuilder().path(episode.id.toString()).build())
                .tag(etagValue(episode)).entity(view(episode)).build();
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "recordReturn", summary = "Record the child's return",
            description = "By the reporting setting, while MISSING (else 409). returnedAt must not be before lastSeenAt nor in the future. "
                    + "A return interview must then be offered within 72 hours. Honours If-Match (stale: 412).")
    @APIResponse(responseCode = "200", description = "Returned: status RETURNED", content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in errors)")
    @APIResponse(responseCode = "404", description = "No such episode visible to the caller")
    @APIResponse(responseCode = "409", description = "Not MISSING")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response recordReturn(@PathParam("id") String id, @NotNull @Valid RecordReturn request,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MissingEpisode episode = service.recordReturn(Params.requiredUuid("id", id), request, ifMatch);
        return Response.ok(view(episode)).tag(etagValue(episode)).build();
    }

    @POST
    @Path("/{id}/return-interview")
    @Operation(operationId = "recordReturnInterview", summary = "Record the return interview",
            description = "By the setting's DCPO or a social worker of the placing or host authority, once, while RETURNED (else 409). "
                    + "declined: true gives INTERVIEW_DECLINED (counted apart), else INTERVIEWED. disclosedExploitation raises "
                    + "DISCLOSURE_BY_CHILD and prompts the DCPO. An offer later than 72 h after the return is recorded and counted late.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in errors)")
    @APIResponse(responseCode = "403", description = "Role may not record interviews (e.g. staff, police)")
    @APIResponse(responseCode = "404", description = "No such episode visible to the caller")
    @APIResponse(responseCode = "409", description = "Not RETURNED")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response recordInterview(@PathParam("id") String id, @NotNull @Valid RecordInterview request,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MissingEpisode episode = service.recordInterview(Params.requiredUuid("id", id), request, ifMatch);
        return Response.ok(view(episode)).tag(etagValue(episode)).build();
    }

    @GET
    @Operation(operationId = "listMissingEpisodes", summary = "List missing episodes the caller may see, newest (last seen) first",
            description = "The setting's staff/dcpo: their setting's (a school MIS reads nothing back); a social worker: children it placed or hosts; "
                    + "police: MEDIUM and HIGH episodes of settings of its force; the auditor, read-only, one child's episodes for subject "
                    + "access (childId required, else 400).")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<EpisodeView> list(@QueryParam("childId") String childId,
                                      @Parameter(schema = @Schema(implementation = EpisodeStatus.class)) @QueryParam("status") String status,
                                      @BeanParam PageRequest paging) {
        paging.validated();
        return service.list(Params.uuid("childId", childId), Params.enumValue("status", status, EpisodeStatus.class), paging)
                .map(this::view);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMissingEpisode", summary = "One missing episode", description = "With ETag. An episode of another organisation answers 404.")
    @APIResponse(responseCode = "200", description = "The episode", content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "404", description = "No such episode visible to the caller")
    public Response get(@PathParam("id") String id) {
        MissingEpisode episode = service.get(Params.requiredUuid("id", id));
        return Response.ok(view(episode)).tag(etagValue(episode)).build();
    }

    @GET
    @Path("/stats")
    @Operation(operationId = "getMissingStatistics", summary = "Collated, anonymised statistics",
            description = "dcpo: its own setting, exact. social-worker / police: the settings of its local authority / force "
                    + "(or one of them with settingOrgId), counts of 1-4 shown as \"<5\", 0 as 0. Period: from/to ISO dates, "
                    + "inclusive, by last-seen time in UTC; default the last 12 weeks; at most 366 days.")
    @APIResponse(responseCode = "200", description = "Statistics", content = @Content(schema = @Schema(implementation = StatsView.class)))
    @APIResponse(responseCode = "403", description = "Role may not see statistics")
    @APIResponse(responseCode = "404", description = "settingOrgId is not the caller's setting or in its area")
    public StatsView stats(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("settingOrgId") String settingOrgId) {
        return statistics.stats(Params.date("from", from), Params.date("to", to),
                settingOrgId == null || settingOrgId.isBlank() ? null : settingOrgId);
    }

    @GET
    @Path("/unlinked")
    @Operation(operationId = "listUnlinkedMissingReports", summary = "Reports not yet linked to a known child (ops)",
            description = "Metadata only, for the ops console: episode ids, setting org ids, minutes unlinked, whether alerted.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(responseCode = "403", description = "Not ops")
    public List<UnlinkedView> unlinked() {
        return unlinked.list();
    }

    private EpisodeView view(MissingEpisode episode) {
        return mapper.toApiModel(episode, deadline, Clocks.now(clock));
    }

    private static String etagValue(MissingEpisode episode) {
        return String.valueOf(episode.version);
    }
}
