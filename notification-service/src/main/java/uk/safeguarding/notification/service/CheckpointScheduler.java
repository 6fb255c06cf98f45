package uk.safeguarding.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.notification.client.CheckpointWitness;

/** Looks at the disclosure log every interval and has a checkpoint signed when it grew. */
@ApplicationScoped
public class CheckpointScheduler {

    private static final Logger LOG = Logger.getLogger(CheckpointScheduler.class);

    private final CheckpointService service;

    public CheckpointScheduler(CheckpointService service) {
        this.service = service;
    }

    @Scheduled(every = "${safeguarding.notification.checkpoint.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            service.checkpointIfGrown();
        } catch (CheckpointWitness.Unavailable e) {
            LOG.warnf("disclosure checkpoint postponed: %s", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("disclosure checkpoint postponed (%s); the next tick tries again", e.getClass().getSimpleName());
        }
    }
}
