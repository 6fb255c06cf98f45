package uk.safeguarding.platform.directory;

import java.util.Optional;

/**
 * Looks organisations up. referral-service owns the directory; every other service reads a
 * projection kept from {@code organisation.*} events ({@link ProjectedOrganisationDirectory}).
 */
public interface OrganisationDirectory {

    Optional<Organisation> find(String orgId);
}
