package uk.safeguarding.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.notification.domain.DeliveryChannel;
import uk.safeguarding.notification.domain.DeliveryStatus;
import uk.safeguarding.notification.domain.FanOutRules.RecipientRule;
import uk.safeguarding.notification.domain.FanOutRules.SubjectKind;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One notification to one organisation, and its retry state. It holds ids only: the packet
 * is fetched from its owner at every attempt and at every inbox read, never stored here.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    public UUID id;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    /** The short type of the source event, e.g. {@code referral.created}. */
    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PacketPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_rule", nullable = false)
    public RecipientRule recipientRule;

    @Column(name = "recipient_key", nullable = false)
    public String recipientKey;

    @Column(name = "recipient_org_id")
    public String recipientOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_org_type")
    public OrganisationType recipientOrgType;

    @Column(name = "setting_org_id")
    public String settingOrgId;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "concern_id")
    public UUID concernId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "episode_id")
    public UUID episodeId;

    @Column(name = "advice_request_id")
    public UUID adviceRequestId;

    /** An intelligence match (concern-service), for SubjectKind INTELLIGENCE_MATCH. */
    @Column(name = "match_id")
    public UUID matchId;

    /** A support plan (referral-service), for SubjectKind SUPPORT_PLAN. */
    @Column(name = "support_plan_id")
    public UUID supportPlanId;

    /** What a support-plan prompt is about: REVIEW_DUE, LAC_REVIEW_DUE or NEARING_ADULTHOOD. */
    @Column(name = "prompt_kind")
    public String promptKind;

    @Column(name = "prompt_due_date")
    public java.time.LocalDate promptDueDate;

    @Column(name = "lawful_basis")
    public String lawfulBasis;

    @Column(name = "consent_status")
    public String consentStatus;

    @Column(name = "inbox_only", nullable = false)
    public boolean inboxOnly;

    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    /** {@code attempts} when the current cycle began; an ops retry starts a new cycle. */
    @Column(name = "cycle_start_attempts", nullable = false)
    public int cycleStartAttempts;

    /** Why the last attempt failed: a status code or a failure kind, never content. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    public int attemptsInCycle() {
        return attempts - cycleStartAttempts;
    }
}
