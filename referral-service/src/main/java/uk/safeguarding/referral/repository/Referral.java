package uk.safeguarding.referral.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.safeguarding.platform.crypto.EncryptedString;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.referral.domain.AgencyRole;
import uk.safeguarding.referral.domain.LawfulBasis;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.domain.ResponseOutcome;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One referral of a decided concern to one agency. Free text is encrypted at rest. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(name = "concern_id", nullable = false)
    public UUID concernId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;

    /** The children's home the child lived in at the decision, when not the setting. */
    @Column(name = "residence_org_id")
    public String residenceOrgId;

    /** Null when the agency is not even known by id (e.g. the setting is missing from the directory). */
    @Column(name = "agency_org_id")
    public String agencyOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false)
    public OrganisationType agencyType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false)
    public LawfulBasis lawfulBasis;

    @Column(name = "consent_status")
    public String consentStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    public ResponseOutcome outcome;

    @Convert(converter = EncryptedString.class)
    @Column(name = "response_note")
    public String responseNote;

    @Column(name = "onward_considered")
    public Boolean onwardConsidered;

    /** Organisation ids, comma-separated (ids never hold a comma). */
    @Column(name = "onward_org_ids")
    public String onwardOrgIds;

    @Convert(converter = EncryptedString.class)
    @Column(name = "onward_rationale")
    public String onwardRationale;

    @Convert(converter = EncryptedString.class)
    @Column(name = "revoke_reason")
    public String revokeReason;

    @Column(name = "due_by", nullable = false)
    public OffsetDateTime dueBy;

    @Column(name = "unresolved_agency", nullable = false)
    public boolean unresolvedAgency;

    /** Set when {@code referral.overdue} was emitted: once per referral, across restarts. */
    @Column(name = "overdue_notified_at")
    public OffsetDateTime overdueNotifiedAt;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Version
    public int version;

    public List<String> onwardOrgIdList() {
        return onwardOrgIds == null || onwardOrgIds.isEmpty() ? List.of() : Arrays.asList(onwardOrgIds.split(","));
    }
}
