package uk.safeguarding.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.config.PlatformConfig;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in insertion order: right after the writing transaction
 * commits, and on a periodic sweep as the safety net (broker down, crash before the hook).
 * A row is marked published only once the broker acknowledged it (idempotent producer,
 * acks=all); a failure stops the batch so later events of the same key never overtake it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final PlatformConfig config;
    private final OutboxSender sender;
    private final MeterRegistry registry;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private ExecutorService executor;

    public OutboxRelay(PlatformConfig config, OutboxSender sender, MeterRegistry registry) {
        this.config = config;
        this.sender = sender;
        this.registry = registry;
    }

    void start(@Observes StartupEvent ignored) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        registry.gauge("outbox.pending", this, OutboxRelay::pendingCount);
        trigger();
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        trigger();
    }

    @Scheduled(every = "${safeguarding.platform.outbox.sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        trigger();
    }

    @Scheduled(every = "1h", delayed = "10m")
    void purgePublished() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("publishedAt < ?1", cutoff));
    }

    /** Asks for a drain; many requests while one is queued collapse into it. */
    public void trigger() {
        if (executor != null && drainQueued.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == config.outbox().batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s; the sweep will try again", e.getMessage());
        }
    }

    /** @return how many rows were published */
    int publishBatch() {
        List<OutboxEvent> rows = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq").page(0, config.outbox().batchSize()).list());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.recordKey, row.payload);
            record.headers().add("ce_type", row.type.getBytes(StandardCharsets.UTF_8));
            try {
                sends.add(sender.send(record));
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: broker unavailable (%s)", e.getClass().getSimpleName());
                break;
            }
        }
        List<Long> acked = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acked.add(rows.get(i).seq);
                registry.counter("outbox.published", "topic", rows.get(i).topic).increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Stop at the first failure: what follows is sent again later, after this one.
                LOG.warnf("outbox relay: event seq %d not acknowledged (%s)", rows.get(i).seq, e.getClass().getSimpleName());
                break;
            }
        }
        if (!acked.isEmpty()) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            QuarkusTransaction.requiringNew().run(() ->
                    OutboxEvent.update("publishedAt = ?1, attempts = attempts + 1 where seq in ?2", now, acked));
        }
        if (acked.size() < rows.size()) {
            List<Long> failed = rows.subList(acked.size(), rows.size()).stream().map(r -> r.seq).toList();
            QuarkusTransaction.requiringNew().run(() ->
                    OutboxEvent.update("attempts = attempts + 1 where seq in ?1", failed));
        }
        return acked.size() == rows.size() ? acked.size() : -1;
    }

    long pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null"));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
