package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.concern.domain.EvidenceKind;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An item preserved for a possible prosecution (procedure 3.5); its free text encrypted at rest. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;
    @Convert(converter = EncryptedString.class)
    @Column(nullable = false, columnDefinition = "text")
    public String description;
    @Column(name = "preserved_at", nullable = false)
    public OffsetDateTime preservedAt;
    @Convert(converter = EncryptedString.class)
    @Column(name = "stored_where", nullable = false, columnDefinition = "text")
    public String storedWhere;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Override
    public String toString() {
        return "Evidence[" + id + ", " + kind + "]";
    }
}
