package uk.safeguarding.platform.directory;

import uk.safeguarding.platform.security.OrganisationType;

/** What every service needs to know of an organisation of the directory. */
public record Organisation(String id, String name, OrganisationType type, String localAuthorityOrgId,
                           String policeForceOrgId, String ofstedUrn) {
}
