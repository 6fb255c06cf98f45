package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One item of intelligence (procedure 3.5), its content AES-GCM encrypted at rest. */
@Entity
@Table(name = "concern_intelligence")
public class Intelligence extends PanacheEntityBase {

    public enum Kind { VEHICLE, PERSON, LOCATION }

    /** Insertion order: items read back in the order they were given. */
    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    public Long id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    /** The item as JSON; never logged. */
    @Convert(converter = EncryptedString.class)
    @Column(nullable = false, columnDefinition = "text")
    public String content;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
    /** Keyed hash of the normalised registration or name; null for what never matches (see IntelligenceMatching). */
    @Column(name = "match_key")
    public String matchKey;
    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Override
    public String toString() {
        return "Intelligence[" + id + ", " + kind + "]";
    }
}
