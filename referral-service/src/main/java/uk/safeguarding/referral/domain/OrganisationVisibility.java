package uk.safeguarding.referral.domain;

import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.Optional;
import java.util.Set;

/**
 * Who may see an entry of the directory (contract section 6): agencies are listed to every
 * role; a children's home only to admin, the home, its local authority and police force,
 * Ofsted and the authorities that place children there; a school only to admin, itself and
 * its own agencies.
 */
public final class OrganisationVisibility {

    /**
     * @param placesChildrenAt the homes and settings where the viewer's organisation has placed
     *                         looked-after children (learnt from child events)
     */
    public record Viewer(String orgId, Optional<OrganisationType> orgType, boolean admin, Set<String> placesChildrenAt) {
    }

    private OrganisationVisibility() {
    }

    public static boolean visible(Viewer viewer, Organisation org) {
        if (!org.type().isSetting() || viewer.admin() || org.id().equals(viewer.orgId())) {
            return true;
        }
        boolean ownAgency = viewer.orgId() != null
                && (viewer.orgId().equals(org.localAuthorityOrgId()) || viewer.orgId().equals(org.policeForceOrgId()));
        if (ownAgency) {
            return true;
        }
        if (org.type() == OrganisationType.CHILDRENS_HOME) {
            return viewer.orgType().map(t -> t == OrganisationType.OFSTED).orElse(false)
                    || (viewer.orgType().map(t -> t == OrganisationType.LOCAL_AUTHORITY).orElse(false)
                    && viewer.placesChildrenAt().contains(org.id()));
        }
        return false;
    }
}
