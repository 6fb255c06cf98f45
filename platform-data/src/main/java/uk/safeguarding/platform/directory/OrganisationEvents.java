package uk.safeguarding.platform.directory;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.safeguarding.platform.inbox.Inbox;

/**
 * Keeps every service's projection of the organisation directory from {@code organisation.*}
 * events (channel {@code organisations}, configured in the shared defaults). referral-service,
 * which owns the directory, excludes this bean and disables the channel.
 */
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
