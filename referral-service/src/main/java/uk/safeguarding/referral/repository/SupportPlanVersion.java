package uk.safeguarding.referral.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a support plan as it was written: the plan's history. */
@Entity
@Table(name = "support_plan_version")
public class SupportPlanVersion {

    @EmbeddedId
    public Key key;

    @Convert(converter = EncryptedString.class)
    @Column(nullable = false)
    public String content;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "version") int version) implements Serializable {
    }
}
