package uk.safeguarding.missing.service;

import uk.safeguarding.platform.time.Clocks;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.missing.config.MissingConfig;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.missing.api.UnlinkedView;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches reports still waiting for their child's event: after the threshold (5 minutes) each is
 * alerted to ops once by a log line holding only the episode id, the setting and the minutes, and
 * counted by the gauge {@code missing.episodes.unlinked}; the ops console lists them.
 */
@ApplicationScoped
public class UnlinkedEpisodeMonitor {

    private static final Logger LOG = Logger.getLogger(UnlinkedEpisodeMonitor.class);

    private final MissingEpisodeRepository episodes;
    private final MissingConfig config;
    private final Clock clock;
    private final Caller caller;
    private final MeterRegistry registry;
    private final AtomicLong unlinked = new AtomicLong();

    public UnlinkedEpisodeMonitor(MissingEpisodeRepository episodes, MissingConfig config, Clock clock, Caller caller,
                                  MeterRegistry registry) {
        this.episodes = episodes;
        this.config = config;
        this.clock = clock;
        this.caller = caller;
        this.registry = registry;
    }

    void registerGauge(@Observes StartupEvent ignored) {
        Gauge.builder("missing.episodes.unlinked", unlinked, AtomicLong::get)
                .description("Missing reports unlinked to a known child for longer than the alert threshold")
                .register(registry);
    }

    @Scheduled(identity = "unlinked-episodes", every = "${safeguarding.missing.unlinked-check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            alertBatch();
        } catch (RuntimeException e) {
            LOG.warnf("unlinked episode check failed (%s: %s); the next run tries again", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** Alerts the reports past the threshold not alerted yet and refreshes the gauge; returns how many were alerted. */
    public int alertBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = Clocks.now(clock);
            OffsetDateTime threshold = now.minus(config.unlinkedAlertAfter());
            List<MissingEpisode> late = episodes.unalertedPendingSince(threshold, config.schedulerBatch());
            for (MissingEpisode episode : late) {
                episode.unlinkedAlertedAt = now;
                LOG.warnf("ALERT ops: missing episode %s reported by setting %s is unlinked for %d minutes: no event for its child",
                        episode.id, episode.settingOrgId, minutesSince(episode.createdAt, now));
            }
            unlinked.set(episodes.countPendingSince(threshold));
            return late.size();
        });
    }

    /** For ops: metadata of every report still unlinked, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnlinkedView> list() {
        caller.require(Role.OPS);
        OffsetDateTime now = Clocks.now(clock);
        return episodes.pending().stream()
                .map(e -> new UnlinkedView(e.id, e.settingOrgId, e.createdAt, minutesSince(e.createdAt, now),
                        e.unlinkedAlertedAt != null))
                .toList();
    }

    private static long minutesSince(OffsetDateTime since, OffsetDateTime now) {
        return Math.max(0, Duration.between(since, now).toMinutes());
    }
}
