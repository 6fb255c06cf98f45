package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.concern.domain.CustodyAction;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of an item's chain of custody; appended in order, never changed. */
@Entity
@Table(name = "evidence_custody")
public class EvidenceCustody extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;
    @Column(nullable = false)
    public OffsetDateTime at;
    /** Who held or passed the item: the recording user, or the receiving officer on a handover. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "by_whom", nullable = false, columnDefinition = "text")
    public String by;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustodyAction action;
    @Convert(converter = EncryptedString.class)
    @Column(columnDefinition = "text")
    public String officer;
    @Convert(converter = EncryptedString.class)
    @Column(columnDefinition = "text")
    public String reference;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Override
    public String toString() {
        return "EvidenceCustody[" + seq + ", " + action + "]";
    }
}
