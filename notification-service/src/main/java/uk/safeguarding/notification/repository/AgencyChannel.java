package uk.safeguarding.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An agency's delivery channel: a webhook and its signing secrets (encrypted at rest), or only the inbox. */
@Entity
@Table(name = "agency_channel")
public class AgencyChannel {

    @Id
    @Column(name = "org_id")
    public String orgId;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Convert(converter = EncryptedString.class)
    @Column(nullable = false)
    public String secret;

    @Convert(converter = EncryptedString.class)
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The secrets that sign now: the current one, and the previous one during a rotation. */
    public List<String> signingSecrets(OffsetDateTime now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null && previousSecretExpiresAt != null && previousSecretExpiresAt.isAfter(now)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
