package uk.safeguarding.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.notification.service.FanOutService;
import uk.safeguarding.platform.inbox.Inbox;

/** Consumes child events: which setting a child belongs to (ids only). */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final FanOutService fanOut;

    public ChildEvents(Inbox inbox, FanOutService fanOut) {
        this.inbox = inbox;
        this.fanOut = fanOut;
    }

    @Incoming("children")
    @Blocking
    public void on(String json) {
        inbox.handle("children", json, fanOut::onChildEvent);
    }
}
