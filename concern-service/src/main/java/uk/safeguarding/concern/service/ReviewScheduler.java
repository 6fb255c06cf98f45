package uk.safeguarding.concern.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Announces MONITOR review dates as they come (concern.updated REVIEW_DUE, once each). */
@ApplicationScoped
public class ReviewScheduler {

    private static final Logger LOG = Logger.getLogger(ReviewScheduler.class);

    private final ConcernMonitoring concerns;

    public ReviewScheduler(ConcernMonitoring concerns) {
        this.concerns = concerns;
    }

    @Scheduled(every = "${safeguarding.concern.review-due.every:15m}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announce() {
        int due = concerns.announceReviewsDue();
        if (due > 0) {
            LOG.infof("announced %d monitoring review(s) due", due);
        }
    }
}
