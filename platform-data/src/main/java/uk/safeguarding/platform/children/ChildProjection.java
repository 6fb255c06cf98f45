package uk.safeguarding.platform.children;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a service other than concern-service knows of a child: only what {@code child.registered}
 * and {@code child.updated} carry (ids, flags, an age band), never personal data.
 */
@Entity
@Table(name = "child_projection")
public class ChildProjection extends PanacheEntityBase {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;

    /** The children's home the child lives in, when it is not the setting. */
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

    /** Whether the child attends or lives at this organisation. */
    public boolean belongsTo(String orgId) {
        return orgId != null && (orgId.equals(settingOrgId) || orgId.equals(residenceOrgId));
    }
}
