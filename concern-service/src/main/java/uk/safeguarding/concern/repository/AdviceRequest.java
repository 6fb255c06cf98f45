package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request for specialist advice on an anonymised summary (procedure 3.1). */
@Entity
@Table(name = "advice_request")
public class AdviceRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Column(name = "specialist_org_id", nullable = false)
    public String specialistOrgId;
    @Column(nullable = false, columnDefinition = "text")
    public String question;
    @Column(name = "anonymised_narrative", columnDefinition = "text")
    public String anonymisedNarrative;
    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
}
