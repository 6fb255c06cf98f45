package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.concern.domain.ConsentStatus;
import uk.safeguarding.concern.domain.Outcome;
import uk.safeguarding.concern.domain.Party;
import uk.safeguarding.concern.domain.RiskLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every decision a DCPO made on a concern, and why (golden rule 7). Never updated. */
@Entity
@Table(name = "concern_decision")
public class ConcernDecision extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
    @Column(nullable = false, columnDefinition = "text")
    public String rationale;
    @Column(name = "cse_suspected", nullable = false)
    public boolean cseSuspected;
    @Column(name = "review_by")
    public LocalDate reviewBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "professional_risk_level")
    public RiskLevel professionalRiskLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_status", nullable = false)
    public ConsentStatus consentStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_from")
    public Party consentFrom;
    @Column(name = "consent_reason", columnDefinition = "text")
    public String consentReason;
    @Column(name = "specialist_org_id")
    public String specialistOrgId;
    @Column(name = "specialist_agreed")
    public Boolean specialistAgreed;
    @Enumerated(EnumType.STRING)
    @Column(name = "specialist_agreed_by")
    public Party specialistAgreedBy;
    @Column(name = "override_rationale", columnDefinition = "text")
    public String overrideRationale;
    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
}
