package uk.safeguarding.missing.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.missing.service.ChildLinking;
import uk.safeguarding.platform.inbox.Inbox;

/** Learns children from {@code child.registered} / {@code child.updated} and links pending reports. */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final ChildLinking linking;

    public ChildEvents(Inbox inbox, ChildLinking linking) {
        this.inbox = inbox;
        this.linking = linking;
    }

    @Incoming("children")
    @Blocking
    public void on(String json) {
        inbox.handle("children", json, linking::apply);
    }
}
