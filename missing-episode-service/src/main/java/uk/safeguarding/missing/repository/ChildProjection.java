package uk.safeguarding.missing.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service knows of a child: only what {@code child.registered} / {@code child.updated} carry. */
@Entity
@Table(name = "child_projection")
public class ChildProjection {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;

    @Column(name = "residence_org_id")
    public String residenceOrgId;

    @Column(name = "looked_after", nullable = false)
    public boolean lookedAfter;

    @Column(name = "placing_authority_org_id")
    public String placingAuthorityOrgId;

    @Column(name = "age_band")
    public String ageBand;

    /** The time of the event applied last; an older event never overwrites a newer one. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether a setting may report this child missing: it attends or lives there. */
    public boolean belongsTo(String orgId) {
        return orgId != null && (orgId.equals(settingOrgId) || orgId.equals(residenceOrgId));
    }
}
