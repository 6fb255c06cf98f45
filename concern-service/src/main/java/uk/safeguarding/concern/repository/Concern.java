package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.ConsentAssessment;
import uk.safeguarding.concern.domain.ConsentFactors;
import uk.safeguarding.concern.domain.LinkedCrimeType;
import uk.safeguarding.concern.domain.PotentialOffence;
import uk.safeguarding.concern.domain.RaisedBy;
import uk.safeguarding.concern.domain.RiskLevel;
import uk.safeguarding.concern.domain.RiskScreening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "concern")
public class Concern extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "child_id", nullable = false)
    public UUID childId;
    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;
    @Column(name = "observed_at", nullable = false)
    public OffsetDateTime observedAt;
    @Column(nullable = false, columnDefinition = "text")
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcernStatus status;

    @Column(name = "risk_score", nullable = false)
    public int riskScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel;
    @Column(name = "risk_model_version", nullable = false)
    public String riskModelVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "professional_risk_level")
    public RiskLevel professionalRiskLevel;

    @Column(name = "age_at_observation", nullable = false)
    public int ageAtObservation;
    @Column(name = "legally_capable_of_consent", nullable = false)
    public boolean legallyCapableOfConsent;
    @Column(name = "potential_offences", nullable = false)
    public String potentialOffenceCodes = "";
    @Column(name = "child_protection_issue", nullable = false)
    public boolean childProtectionIssue;
    @Column(name = "harm_may_still_occur", nullable = false)
    public boolean harmMayStillOccur;
    /** Linked crime types (procedure 3.5), comma separated codes. */
    @Column(name = "linked_crime_types", nullable = false)
    public String linkedCrimeTypeCodes = "";

    @Column(name = "cf_sexual_activity", nullable = false)
    public boolean cfSexualActivity;
    @Column(name = "cf_exchange_for_reward", nullable = false)
    public boolean cfExchangeForReward;
    @Column(name = "cf_indecent_images", nullable = false)
    public boolean cfIndecentImages;
    @Column(name = "cf_family_member", nullable = false)
    public boolean cfFamilyMember;
    @Column(name = "cf_position_of_trust", nullable = false)
    public boolean cfPositionOfTrust;
    @Column(name = "cf_incapacitated", nullable = false)
    public boolean cfIncapacitated;
    @Column(name = "cf_threats_or_violence", nullable = false)
    public boolean cfThreatsOrViolence;
    @Column(name = "cf_non_consensual", nullable = false)
    public boolean cfNonConsensual;
    @Column(name = "cf_capacity_in_doubt", nullable = false)
    public boolean cfCapacityInDoubt;

    @Column(name = "reported_by_name")
    public String reportedByName;
    @Column(name = "reported_by_role")
    public String reportedByRole;
    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by", nullable = false)
    public RaisedBy raisedBy;
    @Column(name = "raised_by_actor", nullable = false)
    public String raisedByActor;

    @Column(name = "cse_suspected", nullable = false)
    public boolean cseSuspected;
    @Column(name = "review_by")
    public LocalDate reviewBy;
    @Column(name = "review_due_notified_at")
    public OffsetDateTime reviewDueNotifiedAt;
    @Column(name = "anonymised_narrative", columnDefinition = "text")
    public String anonymisedNarrative;
    @Column(name = "close_rationale", columnDefinition = "text")
    public String closeRationale;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public ConsentFactors consentFactors() {
        return new ConsentFactors(cfSexualActivity, cfExchangeForReward, cfIndecentImages, cfFamilyMember,
                cfPositionOfTrust, cfIncapacitated, cfThreatsOrViolence, cfNonConsensual, cfCapacityInDoubt);
    }

    public void consentFactors(ConsentFactors f) {
        cfSexualActivity = f.sexualActivityKnownOrSuspected();
        cfExchangeForReward = f.exchangeForReward();
        cfIndecentImages = f.indecentImages();
        cfFamilyMember = f.familyMember();
        cfPositionOfTrust = f.positionOfTrust();
        cfIncapacitated = f.incapacitated();
        cfThreatsOrViolence = f.threatsOrViolence();
        cfNonConsensual = f.nonConsensual();
        cfCapacityInDoubt = f.capacityInDoubt();
    }

    public List<PotentialOffence> potentialOffences() {
        return Codes.split(potentialOffenceCodes, PotentialOffence::valueOf);
    }

    public ConsentAssessment.Result consentAssessment() {
        return new ConsentAssessment.Result(ageAtObservation, legallyCapableOfConsent, potentialOffences(), childProtectionIssue,
                harmMayStillOccur);
    }

    public void consentAssessment(ConsentAssessment.Result a) {
        ageAtObservation = a.ageAtObservation();
        legallyCapableOfConsent = a.legallyCapableOfConsent();
        potentialOffenceCodes = Codes.join(a.potentialOffences());
        childProtectionIssue = a.childProtectionIssue();
        harmMayStillOccur = a.harmMayStillOccur();
    }

    public List<LinkedCrimeType> linkedCrimeTypes() {
        return Codes.split(linkedCrimeTypeCodes, LinkedCrimeType::valueOf);
    }

    /** Adds to the types held, in catalogue order; a type already held is not added twice. */
    public void addLinkedCrimeTypes(java.util.Collection<LinkedCrimeType> types) {
        java.util.EnumSet<LinkedCrimeType> all = java.util.EnumSet.noneOf(LinkedCrimeType.class);
        all.addAll(linkedCrimeTypes());
        all.addAll(types);
        linkedCrimeTypeCodes = Codes.join(all);
    }

    public void screening(RiskScreening.Result r) {
        riskScore = r.riskScore();
        riskLevel = r.riskLevel();
        riskModelVersion = r.riskModelVersion();
    }

    /** The DCPO's judgement where recorded, else the screening's. */
    public RiskLevel effectiveRiskLevel() {
        return professionalRiskLevel != null ? professionalRiskLevel : riskLevel;
    }
}
