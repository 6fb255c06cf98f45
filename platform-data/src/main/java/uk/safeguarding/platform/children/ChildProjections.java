package uk.safeguarding.platform.children;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ChildEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The projection of children every consuming service keeps from {@code child.*} events. Each
 * service calls {@link #apply} from its own (idempotent) consumer, then does its own follow-up
 * (missing-episode-service links pending reports, for example).
 */
@ApplicationScoped
public class ChildProjections {

    private final CloudEvents cloudEvents;

    public ChildProjections(CloudEvents cloudEvents) {
        this.cloudEvents = cloudEvents;
    }

    public static boolean isChildEvent(CloudEvent event) {
        return EventTypes.CHILD_REGISTERED.equals(event.type()) || EventTypes.CHILD_UPDATED.equals(event.type());
    }

    /** The child id the event is about, or empty when it is no child event. */
    public Optional<UUID> childOf(CloudEvent event) {
        return isChildEvent(event) ? Optional.ofNullable(cloudEvents.data(event, ChildEvent.class).childId()) : Optional.empty();
    }

    /**
     * Applies {@code child.registered} / {@code child.updated}.
     *
     * @return the projection as changed; empty for another event type or an event older than what is held
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ChildProjection> apply(CloudEvent event) {
        if (!isChildEvent(event)) {
            return Optional.empty();
        }
        ChildEvent data = cloudEvents.data(event, ChildEvent.class);
        if (data.childId() == null || data.settingOrgId() == null) {
            throw new IllegalArgumentException("child event " + event.id() + " lacks childId or settingOrgId");
        }
        OffsetDateTime at = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time();
        ChildProjection child = ChildProjection.findById(data.childId());
        if (child == null) {
            child = new ChildProjection();
            child.childId = data.childId();
        } else if (child.updatedAt != null && child.updatedAt.isAfter(at)) {
            return Optional.empty();
        }
        child.settingOrgId = data.settingOrgId();
        child.residenceOrgId = data.residenceOrgId();
        child.lookedAfter = data.lookedAfter();
        child.placingAuthorityOrgId = data.lookedAfter() ? data.placingAuthorityOrgId() : null;
        child.ageBand = data.ageBand();
        child.updatedAt = at;
        child.persist();
        return Optional.of(child);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChildProjection> find(UUID childId) {
        return childId == null ? Optional.empty() : ChildProjection.findByIdOptional(childId);
    }

    /** Looked-after children an authority has placed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChildProjection> placedBy(String authorityOrgId) {
        return authorityOrgId == null ? List.of() : ChildProjection.list("placingAuthorityOrgId = ?1 and lookedAfter = true", authorityOrgId);
    }
}
