package uk.safeguarding.concern.service;

import uk.safeguarding.platform.redaction.PacketQuery;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.concern.domain.AnonymisedSummary;
import uk.safeguarding.concern.domain.ConcernPackets;
import uk.safeguarding.concern.domain.Gender;
import uk.safeguarding.concern.domain.IndicatorCatalogue;
import uk.safeguarding.concern.domain.PacketSource;
import uk.safeguarding.concern.domain.RiskLevel;
import uk.safeguarding.concern.repository.AdviceRequest;
import uk.safeguarding.concern.repository.AdviceRequestRepository;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernDecision;
import uk.safeguarding.concern.repository.ConcernDecisionRepository;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.ReferralProjection;
import uk.safeguarding.concern.repository.ReferralProjectionRepository;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The packet of a concern for notification-service, fetched at every send attempt and built
 * only through the shared redaction table ({@link ConcernPackets}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PacketService {

    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final ConcernDecisionRepository decisions;
    private final AdviceRequestRepository adviceRequests;
    private final ReferralProjectionRepository referrals;
    private final IntelligenceCodec intelligence;
    private final ConcernViews views;
    private final ConcernReads concernReads;
    private final OrganisationDirectory directory;
    private final IndicatorCatalogue catalogue;
    private final ObjectMapper mapper;
    private final Specialists specialists;
    private final EvidenceService evidence;
    private final Times times;

    public PacketService(ConcernRepository concerns, ChildRepository children, ConcernIndicatorRepository indicators,
                         ConcernDecisionRepository decisions, AdviceRequestRepository adviceRequests,
                         ReferralProjectionRepository referrals, IntelligenceCodec intelligence, ConcernViews views,
                         ConcernReads concernReads, OrganisationDirectory directory, IndicatorCatalogue catalogue,
                         ObjectMapper mapper, Specialists specialists, EvidenceService evidence, Times times) {
        this.times = times;
        this.specialists = specialists;
        this.evidence = evidence;
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.decisions = decisions;
        this.adviceRequests = adviceRequests;
        this.referrals = referrals;
        this.intelligence = intelligence;
        this.views = views;
        this.concernReads = concernReads;
        this.directory = directory;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    /**
     * @param recipientOrgId the agency the packet is for: a specialist's own agreement decides what it
     *                       gets; an agency whose referral of this concern was revoked gets an inactive,
     *                       empty packet (contract section 6), so notification-service sends it nothing more
     */
    public Packet packet(UUID concernId, PacketQuery query, PacketPurpose purpose, UUID adviceId) {
        RecipientType recipient = query.recipientType();
        PacketPurpose why = purpose;
        if (why == null) {
            why = adviceId != null ? PacketPurpose.ADVICE : PacketPurpose.REFERRAL;
        }
        Concern c = concerns.findById(concernId);
        if (c == null) {
            throw ProblemException.notFound("concern " + concernId);
        }
        AdviceRequest advice = null;
        if (why == PacketPurpose.ADVICE) {
            if (adviceId == null) {
                throw ProblemException.badRequest("adviceRequestId", "is required for purpose ADVICE");
            }
            advice = adviceRequests.findById(adviceId);
            if (advice == null || !advice.concernId.equals(c.id)) {
                throw ProblemException.notFound("advice request " + adviceId);
            }
        }
        String recipientOrg = query.recipientOrgId();
        if (recipientOrg != null && why != PacketPurpose.ADVICE && referrals.revokedFor(c.id, recipientOrg)) {
            return ConcernPackets.withdrawn(recipient, why, mapper);
        }
        return ConcernPackets.build(recipient, why, new Source(c, children.findById(c.childId), advice, recipientOrg), mapper);
    }

    // ---- the parts of a packet ----

    public record Identity(String givenName, String familyName, LocalDate dateOfBirth, boolean dateOfBirthEstimated,
                           Gender gender, String nhsNumber) {
    }

    public record ConcernPart(UUID id, UUID childId, OffsetDateTime observedAt, String summary, String status, int riskScore,
                              RiskLevel riskLevel, RiskLevel professionalRiskLevel, String riskModelVersion,
                              ConcernResponse.ConsentAssessmentView consentAssessment, boolean cseSuspected, String raisedBy,
                              List<ConcernResponse.DecisionView> decisions) {
    }

    public record IndicatorPart(String code, String category, String description) {
    }

    public record OrgPart(String orgId, String name, OrganisationType type) {
    }

    public record SettingPart(OrgPart setting, OrgPart residence, boolean lookedAfter, String placingAuthorityOrgId) {
    }

    public record Home(String orgId, String name, String ofstedUrn) {
    }

    /** @param action DECISION (detail: the outcome) or REFERRAL (detail: agency role and org id) */
    public record ActionTaken(OffsetDateTime at, String action, String detail) {
    }

    public record Reg40Part(String regulation, Home home, int childAge, String childInitials, List<String> indicatorCategories,
                            RiskLevel riskLevel, boolean cseSuspected, List<ActionTaken> actionsTaken) {
    }

    public record AdvicePart(AnonymisedSummary summary, String question) {
    }

    private final class Source implements PacketSource {
        private final Concern c;
        private final Child child;
        private final AdviceRequest advice;

        private final String recipientOrgId;

        Source(Concern c, Child child, AdviceRequest advice, String recipientOrgId) {
            this.c = c;
            this.child = child;
            this.advice = advice;
            this.recipientOrgId = recipientOrgId;
        }

        @Override
        public UUID childId() {
            return c.childId;
        }

        @Override
        public Object identity() {
            return new Identity(child.givenName, child.familyName, child.dateOfBirth, child.dateOfBirthEstimated, child.gender,
                    child.nhsNumber);
        }

        @Override
        public String upn() {
            return child.upn;
        }

        @Override
        public Object concern() {
            return new ConcernPart(c.id, c.childId, c.observedAt, c.summary, c.status.name(), c.riskScore, c.riskLevel,
                    c.professionalRiskLevel, c.riskModelVersion, new ConcernResponse.ConsentAssessmentView(c.ageAtObservation,
                    c.legallyCapableOfConsent, c.potentialOffences(), c.childProtectionIssue, c.harmMayStillOccur), c.cseSuspected,
                    c.raisedBy.label(), views.view(c, false).decisions());
        }

        @Override
        public Object indicators() {
            return views.indicatorsOf(c).stream().map(i -> new IndicatorPart(i.code(), i.category(), i.description())).toList();
        }

        @Override
        public Object intelligence() {
            return intelligence.read(c.id);
        }

        @Override
        public Object setting() {
            return new SettingPart(org(c.settingOrgId), child.residenceOrgId == null ? null : org(child.residenceOrgId),
                    child.lookedAfter, child.placingAuthorityOrgId);
        }

        @Override
        public Object reg40Summary() {
            Home home = home().map(o -> new Home(o.id(), o.name(), o.ofstedUrn())).orElse(null);
            List<String> categories = catalogue.categoriesOf(indicators.codesOf(c.id));
            return new Reg40Part("Children's Homes (England) Regulations 2015, reg. 40(4)(a)", home,
                    Ages.at(child.dateOfBirth, times.today()), initials(), categories, c.effectiveRiskLevel(), c.cseSuspected,
                    actionsTaken());
        }

        @Override
        public Object anonymisedSummary() {
            String narrative = advice != null && advice.anonymisedNarrative != null ? advice.anonymisedNarrative : c.anonymisedNarrative;
            return new AdvicePart(concernReads.anonymisedSummary(c, narrative), advice == null ? null : advice.question);
        }

        @Override
        public boolean specialistReferralAgreed() {
            // This recipient's own agreement, latest word first: a withdrawal is honoured at the next send.
            // Without the recipient's id nothing identifying goes to a specialist.
            return recipientOrgId != null && specialists.agreed(c.id, recipientOrgId);
        }

        @Override
        public Object linkedCrimeTypes() {
            return c.linkedCrimeTypes().isEmpty() ? null : c.linkedCrimeTypes();
        }

        @Override
        public Object evidence() {
            List<uk.safeguarding.concern.api.EvidenceView> log = evidence.log(c.id);
            return log.isEmpty() ? null : log;
        }

        /** The children's home: the residence when it is one, else the setting when it is one. */
        private Optional<Organisation> home() {
            Optional<Organisation> residence = directory.find(child.residenceOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME);
            return residence.isPresent() ? residence
                    : directory.find(c.settingOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME);
        }

        private String initials() {
            return (first(child.givenName) + first(child.familyName)).toUpperCase();
        }

        private List<ActionTaken> actionsTaken() {
            List<ActionTaken> actions = new ArrayList<>();
            for (ConcernDecision d : decisions.of(c.id)) {
                actions.add(new ActionTaken(d.decidedAt, "DECISION", d.outcome.name()));
            }
            for (ReferralProjection r : referrals.activeOf(c.id)) {
                actions.add(new ActionTaken(r.updatedAt, "REFERRAL", (r.role == null ? r.agencyType : r.role) + " " + r.agencyOrgId));
            }
            return actions;
        }

        private OrgPart org(String orgId) {
            return directory.find(orgId).map(o -> new OrgPart(o.id(), o.name(), o.type())).orElse(new OrgPart(orgId, null, null));
        }
    }

    private static String first(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1) + ".";
    }
}
