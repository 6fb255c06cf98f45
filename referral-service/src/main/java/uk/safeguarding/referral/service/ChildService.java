package uk.safeguarding.referral.service;

import java.util.List;

import uk.safeguarding.referral.repository.ErasedTables;

import uk.safeguarding.platform.children.ChildEventHandler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.platform.children.ChildProjections;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.NearingAdulthoodEvent;
import uk.safeguarding.referral.repository.SupportPlanPromptRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import java.util.Optional;
import java.util.UUID;

/** The projection of children (platform {@link ChildProjections}): setting, residence, looked-after status, placing authority. */
@ApplicationScoped
public class ChildService implements ChildEventHandler {

    private final ChildProjections projections;
    private final CloudEvents cloudEvents;
    private final SupportPlanPromptRepository prompts;
    private final Clock clock;

    public ChildService(ChildProjections projections, CloudEvents cloudEvents, SupportPlanPromptRepository prompts, Clock clock) {
        this.projections = projections;
        this.cloudEvents = cloudEvents;
        this.prompts = prompts;
        this.clock = clock;
    }

    /** Applies {@code child.registered} / {@code child.updated}; an event older than what is held is ignored. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (EventTypes.CHILD_NEARING_ADULTHOOD.equals(event.type())) {
            // The 18th birthday is within six months (concern-service holds the date of birth):
            // the day we heard it is all we keep, and the first report stands.
            NearingAdulthoodEvent data = cloudEvents.data(event, NearingAdulthoodEvent.class);
            if (data.childId() != null) {
                OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
                LocalDate reportedOn = (event.time() == null ? now : event.time()).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                prompts.nearingAdulthood(data.childId(), reportedOn, now);
            }
            return;
        }
        projections.apply(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChildProjection> find(UUID childId) {
        return projections.find(childId);
    }

    @Override
    public List<String> erasureStatements() {
        return ErasedTables.STATEMENTS;
    }
}
