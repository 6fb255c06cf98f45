package uk.safeguarding.platform.testapp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.safeguarding.platform.directory.OrganisationProjection;
import uk.safeguarding.platform.security.OrganisationType;

/** Organisations the platform tests act for. */
public final class PlatformTestBase {

    public static final String SCHOOL = "URN-900001";
    public static final String OTHER_SCHOOL = "URN-900002";
    public static final String POLICE = "PF-TEST";

    private PlatformTestBase() {
    }

    public static void organisations() {
        QuarkusTransaction.requiringNew().run(() -> {
            put(SCHOOL, OrganisationType.SCHOOL);
            put(OTHER_SCHOOL, OrganisationType.SCHOOL);
            put(POLICE, OrganisationType.POLICE_FORCE);
        });
    }

    private static void put(String id, OrganisationType type) {
        if (OrganisationProjection.findById(id) == null) {
            OrganisationProjection org = new OrganisationProjection();
            org.id = id;
            org.name = id;
            org.type = type;
            org.persist();
        }
    }
}
