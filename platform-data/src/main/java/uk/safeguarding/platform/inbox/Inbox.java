package uk.safeguarding.platform.inbox;

import uk.safeguarding.platform.web.CorrelationFilters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.outbox.Outbox;

import java.util.function.Consumer;

/**
 * The idempotent consumer: records the event id in the same transaction as the handler's
 * writes, so a redelivered event (at-least-once from Kafka) has its effect exactly once.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final CloudEvents cloudEvents;

    public Inbox(EntityManager em, CloudEvents cloudEvents) {
        this.em = em;
        this.cloudEvents = cloudEvents;
    }

    /**
     * Parses the record, and runs {@code handler} unless {@code handlerName} has already
     * processed this event id. Both happen in one transaction: a failing handler leaves no mark.
     *
     * @return true when the handler ran
     */
    @Transactional
    public boolean handle(String handlerName, String json, Consumer<CloudEvent> handler) {
        CloudEvent event = cloudEvents.parse(json);
        Object previous = MDC.get(CorrelationFilters.MDC_KEY);
        if (event.correlationid() != null) {
            MDC.put(CorrelationFilters.MDC_KEY, event.correlationid());
        }
        try {
            if (!firstDelivery(handlerName, event.id())) {
                LOG.debugf("%s: event %s already processed", handlerName, event.id());
                return false;
            }
            handler.accept(event);
            return true;
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationFilters.MDC_KEY);
            } else {
                MDC.put(CorrelationFilters.MDC_KEY, previous);
            }
        }
    }

    /** Marks the event as processed by the handler; false when it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String handlerName, String eventId) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event(handler, event_id, processed_at) values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, handlerName)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
