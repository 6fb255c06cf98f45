package uk.safeguarding.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.notification.service.FanOutService;
import uk.safeguarding.platform.inbox.Inbox;

/** Consumes missing-episode events: placing authority, police, DCPO prompts. */
@ApplicationScoped
public class MissingEvents {

    private final Inbox inbox;
    private final FanOutService fanOut;

    public MissingEvents(Inbox inbox, FanOutService fanOut) {
        this.inbox = inbox;
        this.fanOut = fanOut;
    }

    @Incoming("missing")
    @Blocking
    public void on(String json) {
        inbox.handle("missing", json, fanOut::onMissingEvent);
    }
}
