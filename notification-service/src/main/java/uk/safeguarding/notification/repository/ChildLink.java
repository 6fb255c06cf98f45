package uk.safeguarding.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Which setting (and residence) a child belongs to, from child events: ids only. */
@Entity
@Table(name = "child_link")
public class ChildLink {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "setting_org_id")
    public String settingOrgId;

    @Column(name = "residence_org_id")
    public String residenceOrgId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
