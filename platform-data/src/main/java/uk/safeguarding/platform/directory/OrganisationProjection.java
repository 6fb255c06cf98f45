package uk.safeguarding.platform.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;

/** A service's local copy of a directory entry, kept from organisation events. */
@Entity
@Table(name = "organisation_projection")
public class OrganisationProjection extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationType type;

    @Column(name = "local_authority_org_id")
    public String localAuthorityOrgId;

    @Column(name = "police_force_org_id")
    public String policeForceOrgId;

    @Column(name = "ofsted_urn")
    public String ofstedUrn;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Organisation toOrganisation() {
        return new Organisation(id, name, type, localAuthorityOrgId, policeForceOrgId, ofstedUrn);
    }
}
