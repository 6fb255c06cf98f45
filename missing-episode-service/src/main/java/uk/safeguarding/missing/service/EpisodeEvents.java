package uk.safeguarding.missing.service;

import uk.safeguarding.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.missing.mapping.EpisodeMapper;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;

import java.time.Clock;

/** Writes the {@code missing.*} events of an episode into the outbox (key: the child id). */
@ApplicationScoped
public class EpisodeEvents {

    private final Outbox outbox;
    private final EpisodeMapper mapper;
    private final Clock clock;

    public EpisodeEvents(Outbox outbox, EpisodeMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, MissingEpisode episode) {
        outbox.publish(Topics.MISSING, type, episode.childId.toString(), mapper.toEvent(episode, Clocks.now(clock)));
    }
}
