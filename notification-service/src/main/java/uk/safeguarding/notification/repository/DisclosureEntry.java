package uk.safeguarding.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the append-only, hash-chained disclosure log. */
@Entity
@Table(name = "disclosure_log")
public class DisclosureEntry {

    @Id
    public long seq;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "recipient_org_id", nullable = false)
    public String recipientOrgId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(nullable = false)
    public String action;

    @Column(name = "packet_type", nullable = false)
    public String packetType;

    /** A JSON array of disclosure field names. */
    @Column(name = "fields_disclosed", nullable = false)
    public String fieldsDisclosed;

    @Column(name = "lawful_basis")
    public String lawfulBasis;

    @Column(name = "consent_status")
    public String consentStatus;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;
}
