package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What concern-service knows of referral-service's referrals: which agency may read which concern. */
@Entity
@Table(name = "referral_projection")
public class ReferralProjection extends PanacheEntityBase {

    public static final String REVOKED = "REVOKED";

    @Id
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Column(name = "child_id")
    public UUID childId;
    @Column(name = "agency_org_id", nullable = false)
    public String agencyOrgId;
    @Column(name = "agency_type")
    public String agencyType;
    public String role;
    @Column(nullable = false)
    public String status;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean active() {
        return !REVOKED.equals(status);
    }
}
