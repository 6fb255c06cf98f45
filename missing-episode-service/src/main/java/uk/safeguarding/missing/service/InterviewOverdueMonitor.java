package uk.safeguarding.missing.service;

import uk.safeguarding.platform.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.missing.config.MissingConfig;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.platform.event.EventTypes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Emits {@code missing.return-interview.overdue} once per episode whose interview was not offered
 * within the deadline of its return. The episode is marked in the same transaction as the outbox
 * row, so a restart or a second instance never announces it again.
 */
@ApplicationScoped
public class InterviewOverdueMonitor {

    private static final Logger LOG = Logger.getLogger(InterviewOverdueMonitor.class);

    private final MissingEpisodeRepository episodes;
    private final EpisodeEvents events;
    private final MissingConfig config;
    private final Clock clock;

    public InterviewOverdueMonitor(MissingEpisodeRepository episodes, EpisodeEvents events, MissingConfig config, Clock clock) {
        this.episodes = episodes;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "interview-overdue", every = "${safeguarding.missing.overdue-check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            int announced;
            do {
                announced = announceBatch();
            } while (announced == config.schedulerBatch());
        } catch (RuntimeException e) {
            LOG.warnf("overdue interview check failed (%s: %s); the next run tries again", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** @return how many episodes were announced overdue */
    public int announceBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = Clocks.now(clock);
            List<MissingEpisode> due = episodes.overdueInterviewsUnannounced(now.minus(config.interviewDeadline()), config.schedulerBatch());
            for (MissingEpisode episode : due) {
                episode.interviewOverdueAt = now;
                events.publish(EventTypes.MISSING_RETURN_INTERVIEW_OVERDUE, episode);
            }
            if (!due.isEmpty()) {
                LOG.infof("%d return interview(s) overdue", due.size());
            }
            return due.size();
        });
    }
}
