package uk.safeguarding.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.referral.repository.ChildRecord;
import uk.safeguarding.referral.repository.ChildRepository;

import java.util.Optional;
import java.util.UUID;

/** The projection of children: setting, residence, looked-after status and placing authority. */
@ApplicationScoped
@Transactional
public class ChildService {

    private final ChildRepository repository;
    private final CloudEvents cloudEvents;

    public ChildService(ChildRepository repository, CloudEvents cloudEvents) {
        this.repository = repository;
        this.cloudEvents = cloudEvents;
    }

    /** Applies {@code child.registered} / {@code child.updated}; an event older than what is held is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (!EventTypes.CHILD_REGISTERED.equals(event.type()) && !EventTypes.CHILD_UPDATED.equals(event.type())) {
            return;
        }
        ChildEvent data = cloudEvents.data(event, ChildEvent.class);
        if (data.childId() == null) {
            throw new IllegalArgumentException("event " + event.id() + " names no child");
        }
        ChildRecord child = repository.findById(data.childId());
        if (child == null) {
            child = new ChildRecord();
            child.childId = data.childId();
            repository.persist(child);
        } else if (child.updatedAt != null && event.time() != null && child.updatedAt.isAfter(event.time())) {
            return;
        }
        child.settingOrgId = data.settingOrgId();
        child.residenceOrgId = data.residenceOrgId();
        child.lookedAfter = data.lookedAfter();
        child.placingAuthorityOrgId = data.placingAuthorityOrgId();
        child.ageBand = data.ageBand();
        child.updatedAt = event.time();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChildRecord> find(UUID childId) {
        return childId == null ? Optional.empty() : repository.findByIdOptional(childId);
    }
}
