package uk.safeguarding.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral as far as fan-out needs it: which agency a concern was referred to, and on what basis. */
@Entity
@Table(name = "referral_link")
public class ReferralLink {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "concern_id", nullable = false)
    public UUID concernId;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "setting_org_id")
    public String settingOrgId;

    @Column(name = "agency_org_id", nullable = false)
    public String agencyOrgId;

    @Column(name = "agency_type")
    public String agencyType;

    @Column(name = "lawful_basis")
    public String lawfulBasis;

    @Column(name = "consent_status")
    public String consentStatus;

    public String status;

    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
