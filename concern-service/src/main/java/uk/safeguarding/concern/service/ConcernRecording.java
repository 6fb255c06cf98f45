package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.ConsentAssessment;
import uk.safeguarding.concern.domain.ConsentFactors;
import uk.safeguarding.concern.domain.IndicatorCatalogue;
import uk.safeguarding.concern.domain.RaisedBy;
import uk.safeguarding.concern.domain.RiskLevel;
import uk.safeguarding.concern.domain.RiskScreening;
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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What raising a concern and adding to it have in common: the indicators checked against the
 * risk model, consent in law and risk screening at the observation (domain ConsentAssessment,
 * RiskScreening), and the history and event every change leaves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConcernRecording {

    public static final String CHANGE_INDICATOR_ADDED = "INDICATOR_ADDED";

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final IndicatorCatalogue catalogue;
    private final RiskScreening screening;
    private final ConcernMapper mapper;
    private final History history;
    private final Outbox outbox;
    private final Times times;

    public ConcernRecording(ConcernRepository concerns, ChildRepository children, ConcernIndicatorRepository indicators,
                            IndicatorCatalogue catalogue, RiskScreening screening, ConcernMapper mapper, History history,
                            Outbox outbox, Times times) {
        this.times = times;
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.screening = screening;
        this.mapper = mapper;
        this.history = history;
        this.outbox = outbox;
    }

    /** Opens a concern screened and assessed; the caller writes history and the event. */
    Concern open(Child child, OffsetDateTime observedAt, String summary, List<String> codes, ConsentFactors factors,
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

    void raisedHistoryAndEvent(Concern c, Child child, List<String> codes, IntelligenceView intel, String actor,
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

    List<String> knownCodes(List<String> submitted) {
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

    /**
     * Adds the codes the concern does not hold yet, re-assesses consent and re-screens the risk,
     * and tells the agencies (concern.updated) — a REFERRED concern's agencies hear of it.
     */
    List<String> addIndicators(Concern c, List<String> codes, ConcernIndicator.Source source, String actor) {
        List<String> held = indicators.codesOf(c.id);
        List<String> added = codes.stream().filter(code -> !held.contains(code)).toList();
        if (added.isEmpty()) {
            return added;
        }
        OffsetDateTime now = times.now();
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
}
