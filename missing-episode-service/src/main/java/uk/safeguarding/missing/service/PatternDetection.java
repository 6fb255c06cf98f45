package uk.safeguarding.missing.service;

import uk.safeguarding.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.missing.domain.MissingPatterns;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.missing.repository.PatternFinding;
import uk.safeguarding.missing.repository.PatternFindingRepository;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs {@link MissingPatterns} over a child's linked episodes after every change and announces each
 * new finding once ({@code missing.pattern-detected}), remembering it in {@code pattern_finding}.
 * Episodes still pending a link wait: a finding about a child no service knows would have nowhere to go.
 */
@ApplicationScoped
public class PatternDetection {

    private static final Logger LOG = Logger.getLogger(PatternDetection.class);

    private final MissingEpisodeRepository episodes;
    private final PatternFindingRepository findings;
    private final Outbox outbox;
    private final Clock clock;

    public PatternDetection(MissingEpisodeRepository episodes, PatternFindingRepository findings, Outbox outbox, Clock clock) {
        this.episodes = episodes;
        this.findings = findings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Call with the child's advisory lock held (every writer of the child's episodes takes it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MissingPatterns.Finding> evaluate(UUID childId) {
        episodes.getEntityManager().flush();
        List<MissingEpisode> linked = episodes.linkedForChild(childId);
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<UUID, MissingEpisode> byId = linked.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<MissingPatterns.Finding> earlier = findings.forChild(childId).stream().map(PatternFinding::toFinding).toList();
        List<MissingPatterns.Finding> found = MissingPatterns.detect(linked.stream().map(PatternDetection::facts).toList(), earlier);
        OffsetDateTime now = Clocks.now(clock);
        for (MissingPatterns.Finding finding : found) {
            MissingEpisode latest = byId.get(finding.episodeIds().get(finding.episodeIds().size() - 1));
            PatternFinding row = new PatternFinding();
            row.id = UUID.randomUUID();
            row.childId = childId;
            row.rule = finding.rule();
            row.indicatorCode = finding.rule().indicatorCode();
            row.episodeIds = finding.episodeIds().toArray(UUID[]::new);
            row.windowKey = finding.windowKey();
            row.detectedAt = now;
            findings.persist(row);
            outbox.publish(Topics.MISSING, EventTypes.MISSING_PATTERN_DETECTED, childId.toString(),
                    new PatternDetectedEvent(childId, latest.settingOrgId, finding.rule().indicatorCode(), finding.rule().name(),
                            finding.episodeIds(), finding.rule().promptDcpo(), now));
            LOG.infof("pattern %s found over %d episode(s) of setting %s", finding.rule(), finding.episodeIds().size(), latest.settingOrgId);
        }
        return found;
    }

    static MissingPatterns.Episode facts(MissingEpisode e) {
        return new MissingPatterns.Episode(e.id, e.lastSeenAt, e.returnedAt(),
                e.returnDetails == null ? null : e.returnDetails.whereaboutsDuringAbsence,
                e.returnDetails == null ? null : e.returnDetails.presentation,
                e.returnDetails == null ? null : e.returnDetails.knownLinksToArea,
                e.returnInterview == null ? null : e.returnInterview.disclosedExploitation);
    }
}
