package uk.safeguarding.concern.service;

import uk.safeguarding.platform.security.Caller;

import uk.safeguarding.platform.web.Params;

import uk.safeguarding.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.api.HistoryEntryResponse;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.concern.domain.AnonymisedSummary;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.ConsentAssessment;
import uk.safeguarding.concern.domain.Outcome;
import uk.safeguarding.concern.domain.PathwayDiagram;
import uk.safeguarding.concern.domain.RiskLevel;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernDecision;
import uk.safeguarding.concern.repository.ConcernDecisionRepository;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.HistoryRepository;
import uk.safeguarding.concern.repository.ReferralProjectionRepository;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.UUID;

/** A concern as its readers see it: one, a list, its history, its anonymised summary and its pathway. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConcernReads {

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final ConcernDecisionRepository decisions;
    private final HistoryRepository historyEntries;
    private final ReferralProjectionRepository referrals;
    private final ConcernViews views;
    private final Access access;
    private final OrganisationDirectory directory;
    private final ObjectMapper json;

    public ConcernReads(ConcernRepository concerns, ChildRepository children, ConcernIndicatorRepository indicators,
                        ConcernDecisionRepository decisions, HistoryRepository historyEntries,
                        ReferralProjectionRepository referrals, ConcernViews views, Access access,
                        OrganisationDirectory directory, ObjectMapper json) {
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.decisions = decisions;
        this.historyEntries = historyEntries;
        this.referrals = referrals;
        this.views = views;
        this.access = access;
        this.directory = directory;
        this.json = json;
    }

    public ConcernResponse get(UUID id) {
        Concern c = concerns.findById(id);
        Access.Level level = access.read(c, id);
        return views.view(c, level.intelligence());
    }

    /** Lists omit intelligence: fetch the concern for it. */
    public Page<ConcernResponse> list(String childId, String status, String riskLevel, PageRequest paging) {
        var caller = access.caller();
        boolean subjectAccess = caller.readsForSubjectAccess(Access.READ_ROLES);
        if (!subjectAccess) {
            caller.require(Access.READ_ROLES);
        }
        ConcernRepository.Filter filter = new ConcernRepository.Filter(Params.uuid("childId", childId),
                Params.enumValue("status", status, ConcernStatus.class), Params.enumValue("riskLevel", riskLevel, RiskLevel.class));
        PanacheQuery<Concern> query;
        if (subjectAccess) {
            // The auditor reads one child's concerns for subject access (contract 12): never its intelligence, only how much is withheld.
            Caller.subjectAccessChild(filter.childId());
            query = concerns.ofChild(filter).page(paging.page(), paging.size());
            return new Page<>(query.list().stream().map(views::withIntelligenceWithheld).toList(), paging.page(), paging.size(),
                    query.count());
        }
        query = access.actsForSetting() ? concerns.ofSetting(caller.orgId(), filter) : concerns.referredTo(caller.orgId(), filter);
        query.page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(c -> views.view(c, false)).toList(), paging.page(), paging.size(), query.count());
    }

    public List<HistoryEntryResponse> history(UUID id) {
        access.read(concerns.findById(id), id);
        return historyEntries.of(id).stream().map(e -> new HistoryEntryResponse(e.at, e.actor, e.action, tree(e.details))).toList();
    }

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
