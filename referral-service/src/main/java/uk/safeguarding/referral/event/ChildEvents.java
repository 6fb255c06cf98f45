package uk.safeguarding.referral.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.erasure.ChildErasure;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.referral.repository.ErasedTables;
import uk.safeguarding.referral.service.ChildService;

/** Keeps the projection of children (setting, residence, looked-after, placing authority). */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final ChildErasure erasure;
    private final ChildService children;

    public ChildEvents(Inbox inbox, ChildService children, ChildErasure erasure) {
        this.inbox = inbox;
        this.children = children;
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
                children.apply(event);
            }
        });
    }
}
