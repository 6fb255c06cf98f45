package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.AdviceRequestBody;
import uk.safeguarding.concern.api.AdviceRequestResponse;
import uk.safeguarding.concern.mapping.Text;
import uk.safeguarding.concern.repository.AdviceRequest;
import uk.safeguarding.concern.repository.AdviceRequestRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.AdviceRequestedEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Role;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Seeking specialist advice without identifiable information (procedure 3.1): the DCPO sends
 * the anonymised summary; notification-service delivers it (fetching the ADVICE packet) and logs
 * the disclosure.
 */
@ApplicationScoped
@Transactional
public class AdviceService {

    private final ConcernRepository concerns;
    private final AdviceRequestRepository requests;
    private final ConcernReads concernReads;
    private final History history;
    private final Access access;
    private final BodyValidation validation;
    private final Outbox outbox;
    private final Specialists specialists;
    private final Times times;

    public AdviceService(ConcernRepository concerns, AdviceRequestRepository requests, ConcernReads concernReads,
                         History history, Access access, BodyValidation validation, Outbox outbox, Specialists specialists, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.requests = requests;
        this.concernReads = concernReads;
        this.history = history;
        this.access = access;
        this.validation = validation;
        this.outbox = outbox;
        this.specialists = specialists;
    }

    public AdviceRequestResponse request(UUID concernId, AdviceRequestBody body) {
        var caller = access.caller();
        validation.check(body);
        caller.require(Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(concernId).orElse(null), concernId);
        if (!c.status.isOpen()) {
            throw ProblemException.conflict("the concern is closed");
        }
        String specialist = specialists.require("specialistOrgId", body.specialistOrgId());
        OffsetDateTime now = times.now();
        AdviceRequest r = new AdviceRequest();
        r.id = UUID.randomUUID();
        r.concernId = c.id;
        r.specialistOrgId = specialist;
        r.question = body.question().strip();
        r.anonymisedNarrative = Text.blankToNull(body.anonymisedNarrative());
        r.requestedAt = now;
        r.requestedBy = caller.actor();
        requests.persist(r);
        if (r.anonymisedNarrative != null) {
            c.anonymisedNarrative = r.anonymisedNarrative;
        }
        c.updatedAt = now;
        history.record(c.id, now, caller.actor(), "ADVICE_REQUESTED", Map.of("adviceRequestId", r.id.toString(), "specialistOrgId", specialist));
        outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_ADVICE_REQUESTED, c.childId.toString(),
                new AdviceRequestedEvent(r.id, c.id, c.childId, c.settingOrgId, specialist, now));
        return toApiModel(c, r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdviceRequestResponse get(UUID concernId, UUID adviceRequestId) {
        access.caller().require(Role.DCPO);
        Concern c = access.ownSetting(concerns.findById(concernId), concernId);
        AdviceRequest r = requests.findById(adviceRequestId);
        if (r == null || !r.concernId.equals(c.id)) {
            throw ProblemException.notFound("advice request " + adviceRequestId);
        }
        return toApiModel(c, r);
    }

    private AdviceRequestResponse toApiModel(Concern c, AdviceRequest r) {
        return new AdviceRequestResponse(r.id, r.concernId, r.specialistOrgId, r.question, r.requestedAt, r.requestedBy,
                concernReads.anonymisedSummary(c, r.anonymisedNarrative));
    }
}
