package uk.safeguarding.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;

/** A remembered write: the first result for a key, scoped to client, subject, method and path. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    /** SHA-256 of client, subject, method, path and key. */
    @Id
    @Column(name = "scope_hash")
    public String scopeHash;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** Null while the first request is still running. */
    public Integer status;

    /** The first response, encrypted: it may hold what its own table keeps encrypted (intelligence, plans). */
    @Column(name = "response_body", columnDefinition = "text")
    @Convert(converter = EncryptedString.class)
    public String responseBody;

    @Column(name = "content_type")
    public String contentType;

    public String location;

    public String etag;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
