package uk.safeguarding.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.notification.service.FanOutService;
import uk.safeguarding.platform.erasure.ChildErasure;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.notification.repository.ErasedTables;

/** Consumes child events: which setting a child belongs to (ids only). */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final ChildErasure erasure;
    private final FanOutService fanOut;

    public ChildEvents(Inbox inbox, FanOutService fanOut, ChildErasure erasure) {
        this.inbox = inbox;
        this.fanOut = fanOut;
        this.erasure = erasure;
    }

    @Incoming("children")
    @Blocking
    public void on(String json) {
        inbox.handle("children", json, event -> {
            if (ChildErasure.isErasure(event)) {
                // End of retention: this service's share of the child's records goes, in the inbox's transaction.
                erasure.erase(erasure.childOf(event), ErasedTables.STATEMENTS);
            } else {
                fanOut.onChildEvent(event);
            }
        });
    }
}
