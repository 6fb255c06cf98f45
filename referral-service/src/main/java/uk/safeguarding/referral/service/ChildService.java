package uk.safeguarding.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.platform.children.ChildProjections;
import uk.safeguarding.platform.event.CloudEvent;

import java.util.Optional;
import java.util.UUID;

/** The projection of children (platform {@link ChildProjections}): setting, residence, looked-after status, placing authority. */
@ApplicationScoped
public class ChildService {

    private final ChildProjections projections;

    public ChildService(ChildProjections projections) {
        this.projections = projections;
    }

    /** Applies {@code child.registered} / {@code child.updated}; an event older than what is held is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        projections.apply(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChildProjection> find(UUID childId) {
        return projections.find(childId);
    }
}
