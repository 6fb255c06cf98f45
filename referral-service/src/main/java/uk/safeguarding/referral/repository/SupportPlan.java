package uk.safeguarding.referral.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A child's support plan (procedure 3.4, 3.6); the content is JSON, encrypted at rest. */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Convert(converter = EncryptedString.class)
    @Column(nullable = false)
    public String content;

    /** Incremented by each change; the ETag. Kept by hand so history and ETag agree. */
    @Column(nullable = false)
    public int version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
