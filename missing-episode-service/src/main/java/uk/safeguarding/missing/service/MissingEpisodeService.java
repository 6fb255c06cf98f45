package uk.safeguarding.missing.service;

import uk.safeguarding.platform.web.IfMatch;

import uk.safeguarding.platform.web.PageRequest;

import uk.safeguarding.platform.web.Page;

import uk.safeguarding.platform.time.Clocks;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.missing.config.MissingConfig;
import uk.safeguarding.missing.domain.EpisodeStatus;
import uk.safeguarding.missing.domain.EpisodeTimeline;
import uk.safeguarding.missing.mapping.EpisodeMapper;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.missing.repository.ChildProjectionRepository;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.missing.api.RecordInterview;
import uk.safeguarding.missing.api.RecordReturn;
import uk.safeguarding.missing.api.ReportMissing;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.problem.Problem.FieldError;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.safeguarding.platform.security.Role.DCPO;
import static uk.safeguarding.platform.security.Role.MIS_CLIENT;
import static uk.safeguarding.platform.security.Role.STAFF;

/** The use cases of a missing episode: report, return, return interview, reads. */
@ApplicationScoped
@Transactional
public class MissingEpisodeService {

    private static final String EPISODE = "missing episode";

    private final MissingEpisodeRepository episodes;
    private final ChildProjectionRepository children;
    private final EpisodeAccess access;
    private final EpisodeEvents events;
    private final PatternDetection patterns;
    private final EpisodeMapper mapper;
    private final Caller caller;
    private final Clock clock;
    private final EpisodeTimeline timeline;

    public MissingEpisodeService(MissingEpisodeRepository episodes, ChildProjectionRepository children, EpisodeAccess access,
                                 EpisodeEvents events, PatternDetection patterns, EpisodeMapper mapper, Caller caller,
                                 Clock clock, MissingConfig config) {
        this.episodes = episodes;
        this.children = children;
        this.access = access;
        this.events = events;
        this.patterns = patterns;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
        this.timeline = new EpisodeTimeline(config.clockSkew());
    }

    /**
     * A missing report is never refused because the child's event has not arrived: it is then
     * accepted for the caller's setting as {@code pendingLink} and linked when the event comes.
     */
    public MissingEpisode report(ReportMissing report) {
        caller.require(EpisodeAccess.SETTING_ROLES);
        if (report.settingOrgId() != null) {
            caller.requireOwnOrg(report.settingOrgId());
        }
        if (caller.acts(MIS_CLIENT) && !caller.actsAny(STAFF, DCPO) && report.reportedBy() == null) {
            throw ProblemException.badRequest("reportedBy", "is required from a school MIS");
        }
        OffsetDateTime now = Clocks.now(clock);
        invalidIfAny(timeline.checkReport(report.lastSeenAt(), now));

        String setting = caller.orgId();
        ChildProjection child = children.findById(report.childId());
        if (child != null && !child.belongsTo(setting)) {
            throw ProblemException.notFound("child");
        }
        episodes.lockChild(report.childId());
        if (episodes.hasOpenEpisode(report.childId())) {
            throw ProblemException.conflict("the child already has an open missing episode: record its return first");
        }
        if (episodes.absentAt(report.childId(), report.lastSeenAt())) {
            throw ProblemException.badRequest("lastSeenAt", "falls within an earlier episode of this child");
        }

        MissingEpisode episode = mapper.toEntity(report);
        episode.id = UUID.randomUUID();
        episode.settingOrgId = setting;
        episode.status = EpisodeStatus.MISSING;
        episode.reportedByActor = caller.actor();
        episode.pendingLink = child == null;
        if (child != null) {
            ChildLinking.copyChildFacts(child, episode);
            episode.linkedAt = now;
        }
        episode.createdAt = now;
        episode.updatedAt = now;
        episodes.persist(episode);
        events.publish(EventTypes.MISSING_REPORTED, episode);
        patterns.evaluate(episode.childId);
        return episode;
    }

    public MissingEpisode recordReturn(UUID id, RecordReturn request, String ifMatch) {
        MissingEpisode episode = visibleForUpdate(id);
        if (!access.maySettingWrite(episode)) {
            throw ProblemException.forbidden("only the reporting setting records the return");
        }
        IfMatch.check(ifMatch, episode.etag());
        if (!episode.status.mayReturn()) {
            throw ProblemException.conflict("the episode is " + episode.status + ": a return is recorded only while MISSING");
        }
        OffsetDateTime now = Clocks.now(clock);
        invalidIfAny(timeline.checkReturn(episode.lastSeenAt, request.returnedAt(), now));
        episodes.lockChild(episode.childId);

        episode.returnDetails = mapper.toEntity(request);
        episode.returnDetails.returnedByActor = caller.actor();
        episode.status = EpisodeStatus.RETURNED;
        episode.updatedAt = now;
        events.publish(EventTypes.MISSING_RETURNED, episode);
        patterns.evaluate(episode.childId);
        return episode;
    }

    public MissingEpisode recordInterview(UUID id, RecordInterview request, String ifMatch) {
        MissingEpisode episode = visibleForUpdate(id);
        if (!access.mayRecordInterview(episode)) {
            throw ProblemException.forbidden("the setting's DCPO or a social worker of the placing or host authority records the interview");
        }
        IfMatch.check(ifMatch, episode.etag());
        if (!episode.status.mayRecordInterview()) {
            throw ProblemException.conflict("the episode is " + episode.status + ": an interview is recorded once, after the return");
        }
        OffsetDateTime now = Clocks.now(clock);
        invalidIfAny(timeline.checkInterview(episode.returnedAt(), request.offeredAt(), request.conductedAt(),
                request.declined(), now));
        episodes.lockChild(episode.childId);

        episode.returnInterview = mapper.toEntity(request);
        episode.returnInterview.recordedByActor = caller.actor();
        episode.status = request.declined() ? EpisodeStatus.INTERVIEW_DECLINED : EpisodeStatus.INTERVIEWED;
        episode.updatedAt = now;
        events.publish(EventTypes.MISSING_RETURN_INTERVIEW_RECORDED, episode);
        patterns.evaluate(episode.childId);
        return episode;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MissingEpisode get(UUID id) {
        access.requireReader();
        MissingEpisode episode = episodes.findById(id);
        return Caller.visibleOr404(episode, episode != null && access.canRead(episode), EPISODE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MissingEpisode> list(UUID childId, EpisodeStatus status, PageRequest paging) {
        PanacheQuery<MissingEpisode> query;
        if (access.readsForSubjectAccess()) {
            query = episodes.search("1 = 1", Map.of(), Caller.subjectAccessChild(childId), status);
        } else {
            access.requireReader();
            EpisodeAccess.Filter filter = access.readFilter();
            query = episodes.search(filter.hql(), filter.params(), childId, status);
        }
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }

    private MissingEpisode visibleForUpdate(UUID id) {
        access.requireReader();
        MissingEpisode episode = episodes.findForUpdate(id).orElse(null);
        return Caller.visibleOr404(episode, episode != null && access.canRead(episode), EPISODE);
    }

    private static void invalidIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
