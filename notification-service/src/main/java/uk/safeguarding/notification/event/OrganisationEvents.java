package uk.safeguarding.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.directory.ProjectedOrganisationDirectory;
import uk.safeguarding.platform.inbox.Inbox;

/** Keeps the local projection of the organisation directory (recipient types, settings' police forces). */
@ApplicationScoped
public class OrganisationEvents {

    private final Inbox inbox;
    private final ProjectedOrganisationDirectory directory;

    public OrganisationEvents(Inbox inbox, ProjectedOrganisationDirectory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @Incoming("organisations")
    @Blocking
    public void on(String json) {
        inbox.handle("organisations", json, directory::apply);
    }
}
