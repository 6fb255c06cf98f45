package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An indicator raised on a concern: when, by whom, and from where (RAISE, STAFF or a missing PATTERN). */
@Entity
@Table(name = "concern_indicator")
public class ConcernIndicator extends PanacheEntityBase {

    public enum Source { RAISE, STAFF, PATTERN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Column(nullable = false)
    public String code;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Source source;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
    @Column(name = "added_by", nullable = false)
    public String addedBy;
}
