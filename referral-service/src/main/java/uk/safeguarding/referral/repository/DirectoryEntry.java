package uk.safeguarding.referral.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;

/** An organisation of the directory this service owns. */
@Entity
@Table(name = "organisation")
public class DirectoryEntry {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Column(name = "local_authority_org_id")
    public String localAuthorityOrgId;

    @Column(name = "police_force_org_id")
    public String policeForceOrgId;

    @Column(name = "ofsted_urn")
    public String ofstedUrn;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public Organisation toOrganisation() {
        return new Organisation(id, name, type, localAuthorityOrgId, policeForceOrgId, ofstedUrn);
    }
}
