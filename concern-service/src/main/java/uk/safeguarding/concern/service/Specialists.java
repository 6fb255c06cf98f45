package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.OrganisationType;

/**
 * A specialist named for advice or an agreed referral must be a specialist service or a health
 * organisation: a mistyped id of a school or a force would otherwise receive the child's identity.
 */
@ApplicationScoped
public class Specialists {

    private final OrganisationDirectory directory;

    public Specialists(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** 400 naming {@code field} when the directory knows the organisation as another type. */
    public String require(String field, String orgId) {
        String id = orgId.strip();
        directory.find(id).ifPresent(org -> {
            if (org.type() != OrganisationType.SPECIALIST_SERVICE && org.type() != OrganisationType.HEALTH) {
                throw ProblemException.badRequest(field, "must be a specialist service or a health organisation");
            }
        });
        return id;
    }
}
