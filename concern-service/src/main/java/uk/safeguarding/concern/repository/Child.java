package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.safeguarding.concern.domain.Gender;
import uk.safeguarding.concern.domain.Vulnerability;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "child")
public class Child extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;
    @Column(name = "given_name", nullable = false)
    public String givenName;
    @Column(name = "family_name", nullable = false)
    public String familyName;
    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;
    @Column(name = "date_of_birth_estimated", nullable = false)
    public boolean dateOfBirthEstimated;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;
    public String upn;
    @Column(name = "nhs_number")
    public String nhsNumber;
    @Column(name = "residence_org_id")
    public String residenceOrgId;
    @Column(name = "looked_after", nullable = false)
    public boolean lookedAfter;
    @Column(name = "placing_authority_org_id")
    public String placingAuthorityOrgId;
    /** Vulnerability codes, comma separated. */
    @Column(name = "vulnerabilities", nullable = false)
    public String vulnerabilityCodes = "";
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public Set<Vulnerability> vulnerabilities() {
        Set<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
        set.addAll(Codes.split(vulnerabilityCodes, Vulnerability::valueOf));
        return set;
    }

    public void vulnerabilities(Collection<Vulnerability> values) {
        Set<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
        if (values != null) {
            set.addAll(values);
        }
        vulnerabilityCodes = Codes.join(set);
    }

    /** The strong validator of this version, for ETag and If-Match. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
