package uk.safeguarding.concern.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.api.HistoryEntryResponse;
import uk.safeguarding.concern.api.IndicatorsRequest;
import uk.safeguarding.concern.api.IntelligenceRequest;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.api.PageResponse;
import uk.safeguarding.concern.api.RaiseConcernRequest;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.concern.domain.AnonymisedSummary;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.ConsentAssessment;
import uk.safeguarding.concern.domain.ConsentFactors;
import uk.safeguarding.concern.domain.IndicatorCatalogue;
import uk.safeguarding.concern.domain.LinkedCrimeType;
import uk.safeguarding.concern.domain.Outcome;
import uk.safeguarding.concern.domain.PathwayDiagram;
import uk.safeguarding.concern.domain.RaisedBy;
import uk.safeguarding.concern.domain.RiskLevel;
import uk.safeguarding.concern.domain.RiskScreening;
import uk.safeguarding.concern.mapping.ConcernMapper;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernDecision;
import uk.safeguarding.concern.repository.ConcernDecisionRepository;
import uk.safeguarding.concern.repository.ConcernIndicator;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.HistoryRepository;
import uk.safeguarding.concern.repository.ReferralProjectionRepository;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Raising concerns, adding indicators and intelligence, and the reads of a concern (contract section 5). */
@ApplicationScoped
@Transactional
public class ConcernService {

    private static final Logger LOG = Logger.getLogger(ConcernService.class);
    /** Clocks differ: an observation a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public static final String CHANGE_INDICATOR_ADDED = "INDICATOR_ADDED";
    public static final String CHANGE_INTELLIGENCE_ADDED = "INTELLIGENCE_ADDED";
    public static final String CHANGE_REVIEW_DUE = "REVIEW_DUE";

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final ConcernDecisionRepository decisions;
    private final HistoryRepository historyEntries;
    private final ReferralProjectionRepository referrals;
    private final IndicatorCatalogue catalogue;
    private final RiskScreening screening;
    private final IntelligenceCodec intelligence;
    private final ConcernViews views;
    private final ConcernMapper mapper;
    private final History history;
    private final Access access;
    private final BodyValidation validation;
    private final Outbox outbox;
    private final OrganisationDirectory directory;
    private final ObjectMapper json;

    public ConcernService(ConcernRepository concerns, ChildRepository children, ConcernIndicatorRepository indicators,
                          ConcernDecisionRepository decisions, HistoryRepository historyEntries,
                          ReferralProjectionRepository referrals, IndicatorCatalogue catalogue, RiskScreening screening,
                          IntelligenceCodec intelligence, ConcernViews views, ConcernMapper mapper, History history,
                          Access access, BodyValidation validation, Outbox outbox, OrganisationDirectory directory,
                          ObjectMapper json) {
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.decisions = decisions;
        this.historyEntries = historyEntries;
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.screening = screening;
        this.intelligence = intelligence;
        this.views = views;
        this.mapper = mapper;
        this.history = history;
        this.access = access;
        this.validation = validation;
        this.outbox = outbox;
        this.directory = directory;
        this.json = json;
    }

    // ---- raising ----

    public ConcernResponse raise(RaiseConcernRequest request) {
        var caller = access.caller();
        caller.require(Access.SETTING_ROLES);
        validation.check(request);
        boolean mis = caller.acts(Role.MIS_CLIENT) && !caller.actsAny(Role.STAFF, Role.DCPO);
        if (mis && request.reportedBy() == null) {
            throw ProblemException.badRequest("reportedBy", "is required from a school MIS: name the person who reported it");
        }
        Child child = children.findById(request.childId());
        if (child == null || !caller.isOwnOrg(child.settingOrgId)) {
            throw new ProblemException(404, "Not found", "child " + request.childId() + " not found at your setting",
                    List.of(new Problem.FieldError("childId", "no such child at your setting")), Map.of());
        }
        OffsetDateTime now = Times.now();
        if (request.observedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("observedAt", "must not be in the future");
        }
        if (request.observedAt().atZoneSameInstant(Ages.ENGLAND).toLocalDate().isBefore(child.dateOfBirth)) {
            throw ProblemException.badRequest("observedAt", "must not be before the child's date of birth");
        }
        List<String> codes = knownCodes(request.indicators());
        IntelligenceView intel = request.intelligence() == null ? null : intelligence.normalise(request.intelligence(), "intelligence.");
        ConsentFactors factors = request.consentFactors() == null ? ConsentFactors.NONE : request.consentFactors().toDomain();

        Concern c = open(child, request.observedAt(), request.summary().strip(), codes, factors,
                mis ? RaisedBy.MIS : RaisedBy.STAFF, caller.actor(), ConcernIndicator.Source.RAISE, now);
        c.addLinkedCrimeTypes(linkedCrimeTypes(request.linkedCrimeTypes(), request.intelligence()));
        if (request.reportedBy() != null) {
            c.reportedByName = request.reportedBy().name().strip();
            c.reportedByRole = request.reportedBy().role().strip();
        }
        raisedHistoryAndEvent(c, child, codes, intel, caller.actor(), now);
        if (intel != null) {
            // After concern.raised, so an intelligence-match prompt never precedes the concern it is about.
            intelligence.store(c.id, intel, now, caller.actor());
        }
        return views.view(c, access.levelFor(c).intelligence());
    }

    /** Opens a concern screened and assessed; the caller writes history and the event. */
    private Concern open(Child child, OffsetDateTime observedAt, String summary, List<String> codes, ConsentFactors factors,
                         RaisedBy raisedBy, String actor, ConcernIndicator.Source source, OffsetDateTime now) {
        Concern c = new Concern();
        c.id = UUID.randomUUID();
        c.childId = child.id;
        c.settingOrgId = child.settingOrgId;
        c.observedAt = observedAt;
        c.summary = summary;
        c.status = ConcernStatus.RAISED;
        c.consentFactors(factors);
        c.raisedBy = raisedBy;
        c.raisedByActor = actor;
        c.createdAt = now;
        c.updatedAt = now;
        assess(c, child, codes);
        concerns.persist(c);
        for (String code : codes) {
            addIndicator(c.id, code, source, actor, now);
        }
        return c;
    }

    private void raisedHistoryAndEvent(Concern c, Child child, List<String> codes, IntelligenceView intel, String actor,
                                       OffsetDateTime now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", c.status);
        details.put("raisedBy", c.raisedBy.label());
        details.put("indicators", codes);
        details.put("riskScore", c.riskScore);
        details.put("riskLevel", c.riskLevel);
        details.put("riskModelVersion", c.riskModelVersion);
        details.put("potentialOffences", c.potentialOffences());
        if (intel != null) {
            details.put("intelligenceItems", intel.vehicles().size() + intel.persons().size() + intel.locations().size());
        }
        if (!c.linkedCrimeTypes().isEmpty()) {
            details.put("linkedCrimeTypes", c.linkedCrimeTypes());
        }
        history.record(c.id, now, actor, "RAISED", details);
        outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_RAISED, c.childId.toString(),
                mapper.toEvent(c, child, codes, null, null, now));
    }

    /** Consent in law and risk screening, at the observation, over the concern's indicators. */
    private void assess(Concern c, Child child, List<String> codes) {
        ConsentAssessment.Result consent = ConsentAssessment.assess(child.dateOfBirth, child.dateOfBirthEstimated, c.observedAt,
                c.consentFactors(), codes);
        c.consentAssessment(consent);
        c.screening(screening.screen(codes, child.vulnerabilities(), consent.potentialOffences(), consent.ageAtObservation()));
    }

    private void addIndicator(UUID concernId, String code, ConcernIndicator.Source source, String actor, OffsetDateTime at) {
        ConcernIndicator i = new ConcernIndicator();
        i.concernId = concernId;
        i.code = code;
        i.source = source;
        i.addedAt = at;
        i.addedBy = actor;
        indicators.persist(i);
    }

    private List<String> knownCodes(List<String> submitted) {
        if (submitted == null) {
            return List.of();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            String code = submitted.get(i).strip();
            if (!catalogue.knows(code)) {
                errors.add(new Problem.FieldError("indicators[" + i + "]", "is not an indicator of risk model " + catalogue.version()));
            }
            codes.add(code);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return List.copyOf(codes);
    }

    // ---- later additions ----

    public ConcernResponse addIndicators(UUID id, IndicatorsRequest request) {
        var caller = access.caller();
        caller.require(Role.STAFF, Role.DCPO);
        validation.check(request);
        Concern c = access.ownSetting(concerns.findForUpdate(id).orElse(null), id);
        List<String> codes = knownCodes(request.indicators());
        if (!c.status.isOpen()) {
            throw ProblemException.conflict("the concern is closed: raise a new concern");
        }
        addIndicators(c, codes, ConcernIndicator.Source.STAFF, caller.actor());
        return views.view(c, access.levelFor(c).intelligence());
    }

    /**
     * Adds the codes the concern does not hold yet, re-assesses consent and re-screens the risk,
     * and tells the agencies (concern.updated) — a REFERRED concern's agencies hear of it.
     */
    private List<String> addIndicators(Concern c, List<String> codes, ConcernIndicator.Source source, String actor) {
        List<String> held = indicators.codesOf(c.id);
        List<String> added = codes.stream().filter(code -> !held.contains(code)).toList();
        if (added.isEmpty()) {
            return added;
        }
        OffsetDateTime now = Times.now();
        added.forEach(code -> addIndicator(c.id, code, source, actor, now));
        List<String> all = new ArrayList<>(held);
        all.addAll(added);
        int scoreBefore = c.riskScore;
        RiskLevel levelBefore = c.riskLevel;
        Child child = children.findById(c.childId);
        assess(c, child, all);
        c.updatedAt = now;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("added", added);
        details.put("source", source);
        details.put("riskScore", Map.of("from", scoreBefore, "to", c.riskScore));
        details.put("riskLevel", Map.of("from", levelBefore, "to", c.riskLevel));
        details.put("potentialOffences", c.potentialOffences());
        details.put("status", c.status);
        history.record(c.id, now, actor, "INDICATORS_ADDED", details);
        outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_UPDATED, c.childId.toString(),
                mapper.toEvent(c, child, all, CHANGE_INDICATOR_ADDED, added, now));
        return added;
    }

    public IntelligenceView addIntelligence(UUID id, IntelligenceRequest request) {
        var caller = access.caller();
        caller.require(Role.STAFF, Role.DCPO);
        validation.check(request);
        Concern c = access.ownSetting(concerns.findForUpdate(id).orElse(null), id);
        if (request.isEmpty()) {
            throw ProblemException.badRequest("body", "give at least one vehicle, person, location or linked crime type");
        }
        IntelligenceView added = intelligence.normalise(request, "");
        OffsetDateTime now = Times.now();
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

    // ---- missing patterns ----

    /**
     * A missing pattern raises its indicator on the child's open concern, or opens a concern
     * raised by "system" for the DCPO to triage. Runs in the inbox's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPattern(PatternDetectedEvent pattern) {
        Child child = pattern.childId() == null ? null : children.findById(pattern.childId());
        if (child == null) {
            LOG.warnf("missing pattern %s for a child this service does not hold; ignored", pattern.rule());
            return;
        }
        if (!catalogue.knows(pattern.indicatorCode())) {
            LOG.warnf("missing pattern %s names an indicator outside risk model %s; ignored", pattern.rule(), catalogue.version());
            return;
        }
        Optional<Concern> open = concerns.openConcernOf(child.id);
        if (open.isPresent()) {
            addIndicators(open.get(), List.of(pattern.indicatorCode()), ConcernIndicator.Source.PATTERN, History.SYSTEM);
            return;
        }
        OffsetDateTime now = Times.now();
        OffsetDateTime observedAt = pattern.at() == null || pattern.at().isAfter(now) ? now : pattern.at();
        List<String> codes = List.of(pattern.indicatorCode());
        Concern c = open(child, observedAt, "Opened by the missing-episode pattern " + pattern.rule()
                        + " (" + pattern.indicatorCode() + ") for the DCPO to triage.", codes, ConsentFactors.NONE,
                RaisedBy.SYSTEM, History.SYSTEM, ConcernIndicator.Source.PATTERN, now);
        raisedHistoryAndEvent(c, child, codes, null, History.SYSTEM, now);
    }

    // ---- MONITOR reviews ----

    /** Announces each MONITOR review date that has come, once (concern.updated REVIEW_DUE). */
    public int announceReviewsDue() {
        OffsetDateTime now = Times.now();
        List<Concern> due = concerns.reviewsDue(Ages.today(), 100);
        for (Concern c : due) {
            c.reviewDueNotifiedAt = now;
            history.record(c.id, now, History.SYSTEM, "REVIEW_DUE", Map.of("reviewBy", c.reviewBy.toString()));
            Child child = children.findById(c.childId);
            outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_UPDATED, c.childId.toString(),
                    mapper.toEvent(c, child, indicators.codesOf(c.id), CHANGE_REVIEW_DUE, List.of(), now));
        }
        return due.size();
    }

    // ---- reads ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConcernResponse get(UUID id) {
        Concern c = concerns.findById(id);
        Access.Level level = access.read(c, id);
        return views.view(c, level.intelligence());
    }

    /** Lists omit intelligence: fetch the concern for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ConcernResponse> list(String childId, String status, String riskLevel, Paging paging) {
        var caller = access.caller();
        boolean subjectAccess = caller.readsForSubjectAccess(Access.READ_ROLES);
        if (!subjectAccess) {
            caller.require(Access.READ_ROLES);
        }
        ConcernRepository.Filter filter = new ConcernRepository.Filter(Paging.uuid("childId", childId),
                Paging.enumeration("status", status, ConcernStatus.class), Paging.enumeration("riskLevel", riskLevel, RiskLevel.class));
        PanacheQuery<Concern> query;
        if (subjectAccess) {
            // The auditor reads one child's concerns for subject access (contract 12): never its intelligence, only how much is withheld.
            Caller.subjectAccessChild(filter.childId());
            query = concerns.ofChild(filter).page(paging.page(), paging.size());
            return new PageResponse<>(query.list().stream().map(views::withIntelligenceWithheld).toList(), paging.page(), paging.size(),
                    query.count());
        }
        query = access.actsForSetting() ? concerns.ofSetting(caller.orgId(), filter) : concerns.referredTo(caller.orgId(), filter);
        query.page(paging.page(), paging.size());
        return new PageResponse<>(query.list().stream().map(c -> views.view(c, false)).toList(), paging.page(), paging.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntryResponse> history(UUID id) {
        access.read(concerns.findById(id), id);
        return historyEntries.of(id).stream().map(e -> new HistoryEntryResponse(e.at, e.actor, e.action, tree(e.details))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnonymisedSummary anonymised(UUID id) {
        access.caller().require(Role.STAFF, Role.DCPO);
        Concern c = access.ownSetting(concerns.findById(id), id);
        return anonymisedSummary(c, c.anonymisedNarrative);
    }

    public AnonymisedSummary anonymisedSummary(Concern c, String narrative) {
        Child child = children.findById(c.childId);
        String la = directory.find(c.settingOrgId).map(Organisation::localAuthorityOrgId).orElse(null);
        return AnonymisedSummary.of(child.dateOfBirth, c.observedAt, child.gender, indicators.codesOf(c.id),
                child.vulnerabilities(), c.effectiveRiskLevel(), la, narrative);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String pathway(UUID id) {
        Concern c = concerns.findById(id);
        access.read(c, id);
        return PathwayDiagram.svg(pathOf(c));
    }

    public PathwayDiagram.Path pathOf(Concern c) {
        List<ConcernDecision> all = decisions.of(c.id);
        List<Outcome> outcomes = all.stream().map(d -> d.outcome).toList();
        Child child = children.findById(c.childId);
        boolean home = isChildrensHome(c.settingOrgId) || isChildrensHome(child.residenceOrgId);
        boolean cse = all.stream().anyMatch(d -> d.cseSuspected);
        boolean preserve = !c.potentialOffences().isEmpty()
                || ConsentAssessment.sexualActivity(c.consentFactors(), indicators.codesOf(c.id));
        return new PathwayDiagram.Path(c.status, outcomes, !referrals.activeOf(c.id).isEmpty(), home, cse, preserve);
    }

    private boolean isChildrensHome(String orgId) {
        return directory.find(orgId).map(o -> o.type() == OrganisationType.CHILDRENS_HOME).orElse(false);
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String details) {
        try {
            return json.readTree(details);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
