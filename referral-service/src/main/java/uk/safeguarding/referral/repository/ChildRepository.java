package uk.safeguarding.referral.repository;

import uk.safeguarding.platform.children.ChildProjection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<ChildProjection, UUID> {

    /** The settings and residences where {@code authorityOrgId} has placed looked-after children. */
    public Set<String> placementsOf(String authorityOrgId) {
        Set<String> places = new HashSet<>();
        if (authorityOrgId == null) {
            return places;
        }
        for (ChildProjection child : list("placingAuthorityOrgId = ?1 and lookedAfter = true", authorityOrgId)) {
            if (child.settingOrgId != null) {
                places.add(child.settingOrgId);
            }
            if (child.residenceOrgId != null) {
                places.add(child.residenceOrgId);
            }
        }
        return places;
    }
}
