package uk.safeguarding.platform.directory;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The directory as projected from {@code organisation.registered} / {@code organisation.updated}. */
@DefaultBean
@ApplicationScoped
public class ProjectedOrganisationDirectory implements OrganisationDirectory {

    private final CloudEvents cloudEvents;

    public ProjectedOrganisationDirectory(CloudEvents cloudEvents) {
        this.cloudEvents = cloudEvents;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organisation> find(String orgId) {
        if (orgId == null) {
            return Optional.empty();
        }
        return OrganisationProjection.<OrganisationProjection>findByIdOptional(orgId).map(OrganisationProjection::toOrganisation);
    }

    /** Applies an organisation event; later events win (they carry the whole entry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (!EventTypes.ORGANISATION_REGISTERED.equals(event.type()) && !EventTypes.ORGANISATION_UPDATED.equals(event.type())) {
            return;
        }
        Organisation org = cloudEvents.data(event, Organisation.class);
        OrganisationProjection row = OrganisationProjection.findById(org.id());
        if (row == null) {
            row = new OrganisationProjection();
            row.id = org.id();
        } else if (row.updatedAt != null && event.time() != null && row.updatedAt.isAfter(event.time())) {
            return;
        }
        row.name = org.name();
        row.type = org.type();
        row.localAuthorityOrgId = org.localAuthorityOrgId();
        row.policeForceOrgId = org.policeForceOrgId();
        row.ofstedUrn = org.ofstedUrn();
        row.updatedAt = event.time();
        row.persist();
    }
}
