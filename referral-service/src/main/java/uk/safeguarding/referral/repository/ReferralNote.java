package uk.safeguarding.referral.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Further information ({@code UPDATE}) or an escalation the referring DCPO sent to the agency. */
@Entity
@Table(name = "referral_note")
public class ReferralNote {

    public enum Kind {
        UPDATE, ESCALATION
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Convert(converter = EncryptedString.class)
    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String actor;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
