package uk.safeguarding.platform.outbox;

import uk.safeguarding.platform.web.CorrelationFilters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;
import uk.safeguarding.platform.config.PlatformConfig;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes an event into the outbox table in the caller's transaction. Nothing reaches Kafka
 * unless that transaction commits; once it does, {@link OutboxRelay} publishes at once.
 */
@ApplicationScoped
public class Outbox {

    private final CloudEvents cloudEvents;
    private final ObjectMapper mapper;
    private final PlatformConfig config;
    private final Event<OutboxWritten> written;

    public Outbox(CloudEvents cloudEvents, ObjectMapper mapper, PlatformConfig config, Event<OutboxWritten> written) {
        this.cloudEvents = cloudEvents;
        this.mapper = mapper;
        this.config = config;
        this.written = written;
    }

    /**
     * @param key the record key: the child id where there is one, else the organisation id
     * @param data ids, codes, levels and times only: events carry no personal data
     * @return the event as written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String key, Object data) {
        Objects.requireNonNull(key, "an event needs a key");
        JsonNode tree = mapper.valueToTree(data);
        Object correlation = MDC.get(CorrelationFilters.MDC_KEY);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/" + config.serviceName(), type, key,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), "application/json",
                correlation == null ? null : correlation.toString(), tree);

        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.recordKey = key;
        row.type = type;
        row.payload = cloudEvents.write(event);
        row.createdAt = event.time();
        row.persist();
        written.fire(new OutboxWritten(topic));
        return event;
    }

    /** Fired inside the transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(String topic) {
    }
}
