package uk.safeguarding.missing.service;

import java.util.List;

import uk.safeguarding.missing.repository.ErasedTables;

import uk.safeguarding.platform.children.ChildEventHandler;

import uk.safeguarding.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.platform.children.ChildProjections;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ChildEvent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Keeps the projection of children from {@code child.registered} / {@code child.updated} and links
 * the reports that arrived first ({@code pendingLink}). A pending report is linked only when the
 * child attends or lives at the reporting setting; otherwise it stays pending and ops is alerted.
 * <p>
 * On linking, {@code missing.reported} is written again for the episode, now with
 * {@code pendingLink: false} and the child's looked-after facts, so the placing authority can be told
 * (and {@code missing.returned} too when the child is already back). Consumers key on the episode id.
 */
@ApplicationScoped
public class ChildLinking implements ChildEventHandler {

    private static final Logger LOG = Logger.getLogger(ChildLinking.class);

    private final ChildProjections projections;
    private final MissingEpisodeRepository episodes;
    private final EpisodeEvents events;
    private final PatternDetection patterns;
    private final CloudEvents cloudEvents;
    private final Clock clock;

    public ChildLinking(ChildProjections projections, MissingEpisodeRepository episodes, EpisodeEvents events,
                        PatternDetection patterns, CloudEvents cloudEvents, Clock clock) {
        this.projections = projections;
        this.episodes = episodes;
        this.events = events;
        this.patterns = patterns;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public void apply(CloudEvent event) {
        if (!ChildProjections.isChildEvent(event)) {
            return;
        }
        ChildEvent data = cloudEvents.data(event, ChildEvent.class);
        if (data.childId() == null || data.settingOrgId() == null) {
            throw new IllegalArgumentException("child event " + event.id() + " lacks childId or settingOrgId");
        }
        episodes.lockChild(data.childId());
        Optional<ChildProjection> applied = projections.apply(event);
        if (applied.isEmpty()) {
            return; // an older event arriving late never overwrites a newer one
        }
        ChildProjection child = applied.get();

        OffsetDateTime now = Clocks.now(clock);
        for (MissingEpisode episode : episodes.unfinishedForChild(child.childId)) {
            copyChildFacts(child, episode);
        }
        int linked = 0;
        for (MissingEpisode episode : episodes.pendingForChild(child.childId)) {
            if (!child.belongsTo(episode.settingOrgId)) {
                LOG.warnf("missing episode %s of setting %s stays unlinked: the child does not attend or live there",
                        episode.id, episode.settingOrgId);
                continue;
            }
            copyChildFacts(child, episode);
            episode.pendingLink = false;
            episode.linkedAt = now;
            episode.updatedAt = now;
            events.publish(EventTypes.MISSING_REPORTED, episode);
            if (episode.returnedAt() != null) {
                events.publish(EventTypes.MISSING_RETURNED, episode);
            }
            linked++;
        }
        if (linked > 0) {
            LOG.infof("linked %d pending missing episode(s)", linked);
            patterns.evaluate(child.childId);
        }
    }

    static void copyChildFacts(ChildProjection child, MissingEpisode episode) {
        episode.residenceOrgId = child.residenceOrgId;
        episode.lookedAfter = child.lookedAfter;
        episode.placingAuthorityOrgId = child.placingAuthorityOrgId;
    }

    @Override
    public List<String> erasureStatements() {
        return ErasedTables.STATEMENTS;
    }
}
