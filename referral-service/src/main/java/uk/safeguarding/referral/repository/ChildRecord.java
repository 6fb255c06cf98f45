package uk.safeguarding.referral.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service knows of a child, learnt from {@code child.registered} / {@code child.updated}: ids only. */
@Entity
@Table(name = "child_projection")
public class ChildRecord {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "setting_org_id")
    public String settingOrgId;

    @Column(name = "residence_org_id")
    public String residenceOrgId;

    @Column(name = "looked_after", nullable = false)
    public boolean lookedAfter;

    @Column(name = "placing_authority_org_id")
    public String placingAuthorityOrgId;

    @Column(name = "age_band")
    public String ageBand;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
