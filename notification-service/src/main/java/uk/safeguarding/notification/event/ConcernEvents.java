package uk.safeguarding.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.notification.service.FanOutService;
import uk.safeguarding.platform.inbox.Inbox;

/** Consumes concern events: raised and updated concerns, advice requests. */
@ApplicationScoped
public class ConcernEvents {

    private final Inbox inbox;
    private final FanOutService fanOut;

    public ConcernEvents(Inbox inbox, FanOutService fanOut) {
        this.inbox = inbox;
        this.fanOut = fanOut;
    }

    @Incoming("concerns")
    @Blocking
    public void on(String json) {
        inbox.handle("concerns", json, fanOut::onConcernEvent);
    }
}
