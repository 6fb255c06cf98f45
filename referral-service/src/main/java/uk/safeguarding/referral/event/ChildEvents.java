package uk.safeguarding.referral.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.referral.service.ChildService;

/** Keeps the projection of children (setting, residence, looked-after, placing authority). */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final ChildService children;

    public ChildEvents(Inbox inbox, ChildService children) {
        this.inbox = inbox;
        this.children = children;
    }

    @Incoming("children")
    @Blocking
    public void on(String json) {
        inbox.handle("children", json, children::apply);
    }
}
