package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.safeguarding.concern.domain.RetentionRules.HoldKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A legal hold on a child's erasure, as learnt from an event (ids and dates only). */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends PanacheEntityBase {

    @Embeddable
    public record Key(@Enumerated(EnumType.STRING) @Column(name = "kind") HoldKind kind,
                      @Column(name = "source_id") UUID sourceId) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "child_id", nullable = false)
    public UUID childId;
    @Column(name = "concern_id")
    public UUID concernId;
    @Column(name = "until_date")
    public LocalDate untilDate;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
