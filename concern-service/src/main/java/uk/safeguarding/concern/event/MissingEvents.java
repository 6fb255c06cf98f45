package uk.safeguarding.concern.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.concern.service.ConcernMonitoring;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.inbox.Inbox;

/** missing.pattern-detected: a missing pattern becomes an indicator on the child's concern. */
@ApplicationScoped
public class MissingEvents {

    private final Inbox inbox;
    private final CloudEvents cloudEvents;
    private final ConcernMonitoring concerns;

    public MissingEvents(Inbox inbox, CloudEvents cloudEvents, ConcernMonitoring concerns) {
        this.inbox = inbox;
        this.cloudEvents = cloudEvents;
        this.concerns = concerns;
    }

    @Incoming("missing")
    @Blocking
    public void on(String json) {
        inbox.handle("missing-patterns", json, event -> {
            if (EventTypes.MISSING_PATTERN_DETECTED.equals(event.type())) {
                concerns.applyPattern(cloudEvents.data(event, PatternDetectedEvent.class));
            }
        });
    }
}
