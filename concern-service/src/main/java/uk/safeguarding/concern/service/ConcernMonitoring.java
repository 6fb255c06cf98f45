package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.concern.domain.ConsentFactors;
import uk.safeguarding.concern.domain.IndicatorCatalogue;
import uk.safeguarding.concern.domain.RaisedBy;
import uk.safeguarding.concern.mapping.ConcernMapper;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernIndicator;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the service raises itself: a missing pattern's indicator, and MONITOR review dates that have come. */
@ApplicationScoped
@Transactional
public class ConcernMonitoring {

    private static final Logger LOG = Logger.getLogger(ConcernMonitoring.class);

    public static final String CHANGE_REVIEW_DUE = "REVIEW_DUE";

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final IndicatorCatalogue catalogue;
    private final ConcernRecording recording;
    private final ConcernMapper mapper;
    private final History history;
    private final Outbox outbox;
    private final Times times;

    public ConcernMonitoring(ConcernRepository concerns, ChildRepository children, ConcernIndicatorRepository indicators,
                             IndicatorCatalogue catalogue, ConcernRecording recording, ConcernMapper mapper, History history,
                             Outbox outbox, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.recording = recording;
        this.mapper = mapper;
        this.history = history;
        this.outbox = outbox;
    }

    /**
     * A missing pattern raises its indicator on the child's open concern, or opens a concern
     * raised by "system" for the DCPO to triage. Runs in the inbox's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPattern(PatternDetectedEvent pattern) {
        Child child = pattern.childId() == null ? null : children.findById(pattern.childId());
        if (child == null) {
            LOG.warnf("missing pattern %s for a child this service does not hold; ignored", pattern.rule());
            return;
        }
        if (!catalogue.knows(pattern.indicatorCode())) {
            LOG.warnf("missing pattern %s names an indicator outside risk model %s; ignored", pattern.rule(), catalogue.version());
            return;
        }
        Optional<Concern> open = concerns.openConcernOf(child.id);
        if (open.isPresent()) {
            recording.addIndicators(open.get(), List.of(pattern.indicatorCode()), ConcernIndicator.Source.PATTERN, History.SYSTEM);
            return;
        }
        OffsetDateTime now = times.now();
        OffsetDateTime observedAt = pattern.at() == null || pattern.at().isAfter(now) ? now : pattern.at();
        List<String> codes = List.of(pattern.indicatorCode());
        Concern c = recording.open(child, observedAt, "Opened by the missing-episode pattern " + pattern.rule()
                        + " (" + pattern.indicatorCode() + ") for the DCPO to triage.", codes, ConsentFactors.NONE,
                RaisedBy.SYSTEM, History.SYSTEM, ConcernIndicator.Source.PATTERN, now);
        recording.raisedHistoryAndEvent(c, child, codes, null, History.SYSTEM, now);
    }

    /** Announces each MONITOR review date that has come, once (concern.updated REVIEW_DUE). */
    public int announceReviewsDue() {
        OffsetDateTime now = times.now();
        List<Concern> due = concerns.reviewsDue(times.today(), 100);
        for (Concern c : due) {
            c.reviewDueNotifiedAt = now;
            history.record(c.id, now, History.SYSTEM, "REVIEW_DUE", Map.of("reviewBy", c.reviewBy.toString()));
            Child child = children.findById(c.childId);
            outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_UPDATED, c.childId.toString(),
                    mapper.toEvent(c, child, indicators.codesOf(c.id), CHANGE_REVIEW_DUE, List.of(), now));
        }
        return due.size();
    }
}
