package uk.safeguarding.missing.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.safeguarding.missing.domain.EpisodeStatus;
import uk.safeguarding.missing.domain.RiskGrade;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A missing episode: the report, the return and the return interview. Free text and names are encrypted at rest. */
@Entity
@Table(name = "missing_episode")
public class MissingEpisode {

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    /** The reporting setting: the owner of the episode for tenancy. */
    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EpisodeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_grade", nullable = false)
    public RiskGrade riskGrade;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;

    @Convert(converter = EncryptedString.class)
    @Column(name = "last_seen_location", nullable = false)
    public String lastSeenLocation;

    @Convert(converter = EncryptedString.class)
    @Column(nullable = false)
    public String circumstances;

    @Convert(converter = EncryptedString.class)
    @Column(name = "police_reference")
    public String policeReference;

    /** The person who reported, as a school MIS names them. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "reported_by_name")
    public String reportedByName;

    @Convert(converter = EncryptedString.class)
    @Column(name = "reported_by_role")
    public String reportedByRole;

    /** Who called: subject@org, never a person's name. */
    @Column(name = "reported_by_actor", nullable = false)
    public String reportedByActor;

    @Column(name = "residence_org_id")
    public String residenceOrgId;

    @Column(name = "looked_after", nullable = false)
    public boolean lookedAfter;

    @Column(name = "placing_authority_org_id")
    public String placingAuthorityOrgId;

    /** Reported before this service heard of the child; cleared when the child's event arrives. */
    @Column(name = "pending_link", nullable = false)
    public boolean pendingLink;

    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;

    @Column(name = "unlinked_alerted_at")
    public OffsetDateTime unlinkedAlertedAt;

    @Embedded
    public EpisodeReturn returnDetails;

    @Embedded
    public ReturnInterview returnInterview;

    /** Set once, when {@code missing.return-interview.overdue} was written: never announced twice. */
    @Column(name = "interview_overdue_at")
    public OffsetDateTime interviewOverdueAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public OffsetDateTime returnedAt() {
        return returnDetails == null ? null : returnDetails.returnedAt;
    }

    public OffsetDateTime interviewOfferedAt() {
        return returnInterview == null ? null : returnInterview.offeredAt;
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
