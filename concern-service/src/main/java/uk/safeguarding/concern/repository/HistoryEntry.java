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

/** One line of a concern's chronology: who did what, when. Appended, never changed. */
@Entity
@Table(name = "concern_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String actor;
    @Column(nullable = false)
    public String action;
    /** What changed, as JSON: codes, levels, statuses and counts; never intelligence. */
    @Column(nullable = false, columnDefinition = "text")
    public String details;
}
