package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.concern.domain.IntelligenceMatching;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The same registration or name held by concerns of two or more children referred to one force. */
@Entity
@Table(name = "intelligence_match")
public class IntelligenceMatch extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "force_org_id", nullable = false)
    public String forceOrgId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IntelligenceMatching.Kind kind;
    @Column(name = "match_key", nullable = false)
    public String matchKey;
    /** The registration or name as shown to the force; encrypted at rest, never logged. */
    @Convert(converter = EncryptedString.class)
    @Column(nullable = false, columnDefinition = "text")
    public String value;
    /** Distinct children among the concerns listed; a match is shown from 2. */
    @Column(nullable = false)
    public int children;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Override
    public String toString() {
        return "IntelligenceMatch[" + id + ", " + kind + "]";
    }
}
