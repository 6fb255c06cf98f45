package uk.safeguarding.missing.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.missing.service.ChildLinking;
import uk.safeguarding.platform.erasure.ChildErasure;
import uk.safeguarding.platform.inbox.Inbox;
import uk.safeguarding.missing.repository.ErasedTables;

/** Learns children from {@code child.registered} / {@code child.updated} and links pending reports. */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final ChildErasure erasure;
    private final ChildLinking linking;

    public ChildEvents(Inbox inbox, ChildLinking linking, ChildErasure erasure) {
        this.inbox = inbox;
        this.linking = linking;
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
                linking.apply(event);
            }
        });
    }
}
