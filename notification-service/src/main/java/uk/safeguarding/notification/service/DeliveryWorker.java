package uk.safeguarding.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import uk.safeguarding.notification.client.PacketClient;
import uk.safeguarding.notification.client.WebhookSender;
import uk.safeguarding.notification.config.NotificationConfig;
import uk.safeguarding.notification.domain.DeliveryChannel;
import uk.safeguarding.notification.domain.RetryPolicy;
import uk.safeguarding.notification.domain.RetryPolicy.Verdict;
import uk.safeguarding.notification.domain.WebhookSignature;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.redaction.Packet;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries. All state is in PostgreSQL: a sweep claims due rows (skip-locked,
 * leased), each attempt fetches the packets afresh, then either signs and POSTs a webhook or
 * puts the notification in the inbox, and records the outcome. A restart loses nothing: what
 * was due is due again, and an attempt cut short is taken again when its lease runs out.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryService service;
    private final PacketClient packets;
    private final WebhookSender sender;
    private final NotificationConfig config;
    private final ObjectMapper mapper;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private ExecutorService drainer;
    private ExecutorService senders;

    public DeliveryWorker(DeliveryService service, PacketClient packets, WebhookSender sender, NotificationConfig config,
                          ObjectMapper mapper) {
        this.service = service;
        this.packets = packets;
        this.sender = sender;
        this.config = config;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent ignored) {
        drainer = Executors.newSingleThreadExecutor(daemon("delivery-drain"));
        senders = Executors.newFixedThreadPool(Math.max(1, config.delivery().parallelism()), daemon("delivery-send"));
        trigger();
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (drainer != null) {
            drainer.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryService.DeliveriesQueued queued) {
        trigger();
    }

    @Scheduled(every = "${safeguarding.notification.delivery.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        trigger();
    }

    /** Asks for a drain; requests while one is queued collapse into it. */
    public void trigger() {
        if (drainer != null && !drainer.isShutdown() && drainQueued.compareAndSet(false, true)) {
            drainer.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        try {
            List<UUID> claimed;
            do {
                claimed = service.claimDue(Math.max(1, config.delivery().parallelism()));
                List<Callable<Void>> work = new ArrayList<>(claimed.size());
                for (UUID id : claimed) {
                    work.add(() -> {
                        attemptSafely(id);
                        return null;
                    });
                }
                senders.invokeAll(work);
            } while (!claimed.isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("delivery worker: %s; the next sweep will try again", e.getClass().getSimpleName());
        }
    }

    private void attemptSafely(UUID id) {
        try {
            attempt(id);
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is taken again; no content is logged.
            LOG.warnf("delivery %s: attempt failed (%s)", id, e.getClass().getSimpleName());
        }
    }

    /** One attempt of one delivery. */
    void attempt(UUID id) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        DeliveryService.Prepared prepared = service.prepare(id).orElse(null);
        if (prepared == null) {
            return;
        }
        if (prepared.attempt() == null) {
            service.failed(id, Verdict.RETRY, prepared.notReady(), at);
            return;
        }
        DeliveryService.Attempt attempt = prepared.attempt();
        List<Packet> fetched;
        try {
            fetched = packets.fetchAll(attempt.packets());
        } catch (PacketClient.PacketUnavailable e) {
            service.failed(id, RetryPolicy.classify(e.status()) == Verdict.DEAD_LETTER ? Verdict.DEAD_LETTER : Verdict.RETRY, e.getMessage(), at);
            return;
        }
        if (fetched.stream().anyMatch(p -> !p.active())) {
            service.cancelled(id, "withdrawn by the data owner", at);
            return;
        }
        if (attempt.webhookUrl() == null) {
            service.delivered(id, DeliveryChannel.INBOX, fetched, at);
            return;
        }
        String body = body(attempt, fetched);
        long timestamp = at.toEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "safeguarding-exchange-notification/1");
        headers.put(WebhookSignature.HEADER_ID, id.toString());
        headers.put(WebhookSignature.HEADER_TIMESTAMP, Long.toString(timestamp));
        headers.put(WebhookSignature.HEADER_SIGNATURE, WebhookSignature.header(attempt.secrets(), id.toString(), timestamp, body));
        WebhookSender.Result result = sender.send(attempt.webhookUrl(), headers, body);
        if (result.refused()) {
            service.failed(id, Verdict.DEAD_LETTER, result.error(), at);
            return;
        }
        Verdict verdict = RetryPolicy.classify(result.status());
        if (verdict == Verdict.DELIVERED) {
            service.delivered(id, DeliveryChannel.WEBHOOK, fetched, at);
        } else {
            service.failed(id, verdict, result.error(), at);
        }
    }

    /** The webhook body: a CloudEvent whose data holds the packet(s). Its id is the delivery id, as is webhook-id. */
    String body(DeliveryService.Attempt attempt, List<Packet> fetched) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("notification", attempt.eventType());
        data.put("purpose", attempt.purpose());
        data.put("recipientOrgId", attempt.recipientOrgId());
        data.put("recipientType", attempt.recipientType());
        data.put("packets", fetched);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", attempt.deliveryId().toString());
        event.put("source", config.source());
        event.put("type", EventTypes.NOTIFICATION);
        if (attempt.subjectId() != null) {
            event.put("subject", attempt.subjectId().toString());
        }
        event.put("time", attempt.createdAt());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook body", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
