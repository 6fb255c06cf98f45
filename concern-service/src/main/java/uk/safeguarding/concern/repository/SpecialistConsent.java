package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.concern.domain.Party;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The child agreeing to, or withdrawing from, a referral to one specialist (procedure 3.4); appended, never changed. */
@Entity
@Table(name = "specialist_consent")
public class SpecialistConsent extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Column(name = "specialist_org_id", nullable = false)
    public String specialistOrgId;
    @Column(nullable = false)
    public boolean agreed;
    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false)
    public Party by;
    /** The DCPO's record of why; free text, encrypted at rest, never in events. */
    @Convert(converter = EncryptedString.class)
    @Column(nullable = false, columnDefinition = "text")
    public String reason;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Override
    public String toString() {
        return "SpecialistConsent[" + id + ", " + specialistOrgId + ", agreed " + agreed + "]";
    }
}
