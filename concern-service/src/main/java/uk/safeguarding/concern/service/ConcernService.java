package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.api.IndicatorsRequest;
import uk.safeguarding.concern.api.IntelligenceRequest;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.api.RaiseConcernRequest;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.concern.domain.ConsentFactors;
import uk.safeguarding.concern.domain.LinkedCrimeType;
import uk.safeguarding.concern.domain.RaisedBy;
import uk.safeguarding.concern.mapping.ConcernMapper;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernIndicator;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Role;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Raising a concern and adding indicators and intelligence to it (contract section 5). */
@ApplicationScoped
@Transactional
public class ConcernService {

    /** Clocks differ: an observation a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public static final String CHANGE_INTELLIGENCE_ADDED = "INTELLIGENCE_ADDED";

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final IntelligenceCodec intelligence;
    private final ConcernRecording recording;
    private final ConcernViews views;
    private final ConcernMapper mapper;
    private final History history;
    private final Access access;
    private final BodyValidation validation;
    private final Outbox outbox;
    private final Times times;

    public ConcernService(ConcernRepository concerns, ChildRepository children, ConcernIndicatorRepository indicators,
                          IntelligenceCodec intelligence, ConcernRecording recording, ConcernViews views, ConcernMapper mapper,
                          History history, Access access, BodyValidation validation, Outbox outbox, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.intelligence = intelligence;
        this.recording = recording;
        this.views = views;
        this.mapper = mapper;
        this.history = history;
        this.access = access;
        this.validation = validation;
        this.outbox = outbox;
    }

    public ConcernResponse raise(RaiseConcernRequest request) {
        var caller = access.caller();
        validation.check(request);
        caller.require(Access.SETTING_ROLES);
        boolean mis = caller.acts(Role.MIS_CLIENT) && !caller.actsAny(Role.STAFF, Role.DCPO);
        if (mis && request.reportedBy() == null) {
            throw ProblemException.badRequest("reportedBy", "is required from a school MIS: name the person who reported it");
        }
        Child child = children.findById(request.childId());
        if (child == null || !caller.isOwnOrg(child.settingOrgId)) {
            throw new ProblemException(404, "Not found", "child " + request.childId() + " not found at your setting",
                    List.of(new Problem.FieldError("childId", "no such child at your setting")), Map.of());
        }
        OffsetDateTime now = times.now();
        if (request.observedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("observedAt", "must not be in the future");
        }
        if (request.observedAt().atZoneSameInstant(Ages.ENGLAND).toLocalDate().isBefore(child.dateOfBirth)) {
            throw ProblemException.badRequest("observedAt", "must not be before the child's date of birth");
        }
        List<String> codes = recording.knownCodes(request.indicators());
        IntelligenceView intel = request.intelligence() == null ? null : intelligence.normalise(request.intelligence(), "intelligence.");
        ConsentFactors factors = request.consentFactors() == null ? ConsentFactors.NONE : request.consentFactors().toDomain();

        Concern c = recording.open(child, request.observedAt(), request.summary().strip(), codes, factors,
                mis ? RaisedBy.MIS : RaisedBy.STAFF, caller.actor(), ConcernIndicator.Source.RAISE, now);
        c.addLinkedCrimeTypes(linkedCrimeTypes(request.linkedCrimeTypes(), request.intelligence()));
        if (request.reportedBy() != null) {
            c.reportedByName = request.reportedBy().name().strip();
            c.reportedByRole = request.reportedBy().role().strip();
        }
        recording.raisedHistoryAndEvent(c, child, codes, intel, caller.actor(), now);
        if (intel != null) {
            // After concern.raised, so an intelligence-match prompt never precedes the concern it is about.
            intelligence.store(c.id, intel, now, caller.actor());
        }
        return views.view(c, access.levelFor(c).intelligence());
    }

    public ConcernResponse addIndicators(UUID id, IndicatorsRequest request) {
        var caller = access.caller();
        validation.check(request);
        caller.require(Role.STAFF, Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(id).orElse(null), id);
        List<String> codes = recording.knownCodes(request.indicators());
        if (!c.status.isOpen()) {
            throw ProblemException.conflict("the concern is closed: raise a new concern");
        }
        recording.addIndicators(c, codes, ConcernIndicator.Source.STAFF, caller.actor());
        return views.view(c, access.levelFor(c).intelligence());
    }

    public IntelligenceView addIntelligence(UUID id, IntelligenceRequest request) {
        var caller = access.caller();
        validation.check(request);
        caller.require(Role.STAFF, Role.DCPO);
        Concern c = access.ownSetting(concerns.findForUpdate(id).orElse(null), id);
        if (request.isEmpty()) {
            throw ProblemException.badRequest("body", "give at least one vehicle, person, location or linked crime type");
        }
        IntelligenceView added = intelligence.normalise(request, "");
        OffsetDateTime now = times.now();
        intelligence.store(c.id, added, now, caller.actor());
        List<LinkedCrimeType> linked = linkedCrimeTypes(request.linkedCrimeTypes(), null);
        c.addLinkedCrimeTypes(linked);
        c.updatedAt = now;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("vehicles", added.vehicles().size());
        details.put("persons", added.persons().size());
        details.put("locations", added.locations().size());
        if (!linked.isEmpty()) {
            details.put("linkedCrimeTypes", linked);
        }
        history.record(c.id, now, caller.actor(), "INTELLIGENCE_ADDED", details);
        Child child = children.findById(c.childId);
        outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_UPDATED, c.childId.toString(),
                mapper.toEvent(c, child, indicators.codesOf(c.id), CHANGE_INTELLIGENCE_ADDED, List.of(), now));
        return added;
    }

    private static List<LinkedCrimeType> linkedCrimeTypes(List<LinkedCrimeType> given, IntelligenceRequest intelligence) {
        List<LinkedCrimeType> all = new ArrayList<>(given == null ? List.of() : given);
        if (intelligence != null && intelligence.linkedCrimeTypes() != null) {
            all.addAll(intelligence.linkedCrimeTypes());
        }
        return all.stream().distinct().toList();
    }
}
