package uk.safeguarding.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A signed checkpoint of the disclosure log, as published on safeguarding.disclosure-checkpoints. */
@Entity
@Table(name = "disclosure_checkpoint")
public class DisclosureCheckpoint {

    /** The last seq signed. */
    @Id
    public long entries;

    @Column(name = "head_hash", nullable = false)
    public String headHash;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Base64 Ed25519 signature over the RFC 8785 form of {entries, headHash, at}. */
    @Column(nullable = false)
    public String signature;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;
}
