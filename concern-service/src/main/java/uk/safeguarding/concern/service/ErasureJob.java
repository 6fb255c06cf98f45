package uk.safeguarding.concern.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The daily erasure (contract 12): every child past {@code eraseAfter} with no legal hold is
 * erased here and, through {@code child.erased}, in every service. Its date comes from the
 * injected {@link Clock}; a run on a date already done erases nothing more (idempotent).
 */
@ApplicationScoped
public class ErasureJob {

    private static final Logger LOG = Logger.getLogger(ErasureJob.class);

    private final RetentionService retention;
    private final Clock clock;

    public ErasureJob(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "{safeguarding.concern.erasure.cron}", identity = "retention-erasure", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /** Erases what is due today by the clock; returns the ids erased. */
    public List<UUID> run() {
        return run(LocalDate.now(clock));
    }

    /** Erases what is due on {@code today} (the clock's date in {@link #run()}). */
    public List<UUID> run(LocalDate today) {
        List<UUID> erased = new ArrayList<>();
        for (UUID childId : retention.dueOn(today)) {
            try {
                if (retention.erase(childId, today)) {
                    erased.add(childId);
                }
            } catch (RuntimeException e) {
                // One child's failure does not stop the others; tomorrow's run tries again.
                LOG.errorf("erasure of child %s failed (%s); it is retried on the next run", childId, e.getClass().getSimpleName());
            }
        }
        LOG.infof("erasure run for %s: %d children erased", today, erased.size());
        return erased;
    }

}
