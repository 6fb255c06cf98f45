package uk.safeguarding.platform.children;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.erasure.ChildErasure;
import uk.safeguarding.platform.inbox.Inbox;

/**
 * Every service's consumer of {@code safeguarding.children} (channel {@code children}), once each
 * event: at the end of retention ({@code child.erased}) the service's share of the child's records
 * goes, in the inbox's transaction; any other child event goes to the service's
 * {@link ChildEventHandler}. concern-service, which owns children, excludes this bean.
 */
@ApplicationScoped
public class ChildEvents {

    private final Inbox inbox;
    private final ChildErasure erasure;
    private final ChildEventHandler handler;

    public ChildEvents(Inbox inbox, ChildErasure erasure, ChildEventHandler handler) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.handler = handler;
    }

    @Incoming("children")
    @Blocking
    public void on(String json) {
        inbox.handle("children", json, event -> {
            if (ChildErasure.isErasure(event)) {
                erasure.erase(erasure.childOf(event), handler.erasureStatements());
            } else {
                handler.apply(event);
            }
        });
    }
}
