package uk.safeguarding.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static uk.safeguarding.platform.security.OrganisationType.CHILDRENS_HOME;
import static uk.safeguarding.platform.security.OrganisationType.HEALTH;
import static uk.safeguarding.platform.security.OrganisationType.LOCAL_AUTHORITY;
import static uk.safeguarding.platform.security.OrganisationType.OFSTED;
import static uk.safeguarding.platform.security.OrganisationType.POLICE_FORCE;
import static uk.safeguarding.platform.security.OrganisationType.SCHOOL;
import static uk.safeguarding.platform.security.OrganisationType.SPECIALIST_SERVICE;

/**
 * The realm roles of the contract (section 2) and the organisation types each counts with.
 * A role held by someone of another type of organisation does not count (403).
 */
public enum Role {
    STAFF("staff", EnumSet.of(SCHOOL, CHILDRENS_HOME)),
    DCPO("dcpo", EnumSet.of(SCHOOL, CHILDRENS_HOME)),
    MIS_CLIENT("mis-client", EnumSet.of(SCHOOL)),
    SOCIAL_WORKER("social-worker", EnumSet.of(LOCAL_AUTHORITY)),
    POLICE("police", EnumSet.of(POLICE_FORCE)),
    OFSTED_INSPECTOR("ofsted", EnumSet.of(OFSTED)),
    SPECIALIST("specialist", EnumSet.of(SPECIALIST_SERVICE, HEALTH)),
    OPS("ops", null),
    AUDITOR("auditor", null),
    ADMIN("admin", null),
    NOTIFIER("notifier", null);

    private final String claim;
    /** null: any organisation, and the organisation need not be in the directory. */
    private final Set<OrganisationType> orgTypes;

    Role(String claim, Set<OrganisationType> orgTypes) {
        this.claim = claim;
        this.orgTypes = orgTypes;
    }

    public String claim() {
        return claim;
    }

    public boolean anyOrganisation() {
        return orgTypes == null;
    }

    /** Whether the role counts for a caller whose organisation has this type (empty: not in the directory). */
    public boolean countsFor(Optional<OrganisationType> orgType) {
        return orgTypes == null || orgType.map(orgTypes::contains).orElse(false);
    }

    public static Optional<Role> ofClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
