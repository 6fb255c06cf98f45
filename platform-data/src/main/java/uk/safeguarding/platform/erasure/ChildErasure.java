package uk.safeguarding.platform.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ChildErasedEvent;

import java.util.List;
import java.util.UUID;

/**
 * Erases a child's records in one service at the end of retention (contract 12): each service
 * lists its statements, one per table, each naming the child as {@code :child}, in an order its
 * foreign keys allow; they run in one transaction. Deleting what is already gone deletes nothing,
 * so a repeated {@code child.erased} (or a repeated daily run) is harmless. Logs ids and counts only.
 */
@ApplicationScoped
public class ChildErasure {

    private static final Logger LOG = Logger.getLogger(ChildErasure.class);

    private final EntityManager em;
    private final CloudEvents cloudEvents;

    public ChildErasure(EntityManager em, CloudEvents cloudEvents) {
        this.em = em;
        this.cloudEvents = cloudEvents;
    }

    public static boolean isErasure(CloudEvent event) {
        return EventTypes.CHILD_ERASED.equals(event.type());
    }

    /** The child a {@code child.erased} event names. */
    public UUID childOf(CloudEvent event) {
        UUID child = cloudEvents.data(event, ChildErasedEvent.class).childId();
        if (child == null) {
            throw new IllegalArgumentException("child.erased " + event.id() + " names no child");
        }
        return child;
    }

    /** Runs the statements for the child; returns the rows each touched, in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] erase(UUID childId, List<String> statements) {
        int[] rows = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            rows[i] = em.createNativeQuery(statements.get(i)).setParameter("child", childId).executeUpdate();
        }
        LOG.infof("child %s erased: %d rows in %d tables", childId, java.util.Arrays.stream(rows).sum(), rows.length);
        return rows;
    }
}
