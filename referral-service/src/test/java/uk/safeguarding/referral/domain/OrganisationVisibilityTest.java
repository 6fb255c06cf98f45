package uk.safeguarding.referral.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationVisibilityTest {

    static final Map<String, Organisation> ORGS = Map.of(
            "LA-1", new Organisation("LA-1", "Authority", OrganisationType.LOCAL_AUTHORITY, null, null, null),
            "PF-1", new Organisation("PF-1", "Police", OrganisationType.POLICE_FORCE, null, null, null),
            "OFSTED", new Organisation("OFSTED", "Ofsted", OrganisationType.OFSTED, null, null, null),
            "SPEC-1", new Organisation("SPEC-1", "Specialist", OrganisationType.SPECIALIST_SERVICE, null, null, null),
            "HEALTH-1", new Organisation("HEALTH-1", "Health", OrganisationType.HEALTH, null, null, null),
            "SCHOOL-1", new Organisation("SCHOOL-1", "School", OrganisationType.SCHOOL, "LA-1", "PF-1", null),
            "HOME-1", new Organisation("HOME-1", "Home", OrganisationType.CHILDRENS_HOME, "LA-1", "PF-1", "SC000001"));

    /**
     * @param viewer the viewer's org ("-" for none), its type ("-" unknown), admin, and whether it places children at HOME-1
     */
    @ParameterizedTest(name = "{0} ({1}, admin {2}, places at HOME-1 {3}) sees {4}: {5}")
    @CsvSource(textBlock = """
            SCHOOL-2, SCHOOL,             false, false, LA-1,     true
            SCHOOL-2, SCHOOL,             false, false, PF-1,     true
            SCHOOL-2, SCHOOL,             false, false, OFSTED,   true
            SCHOOL-2, SCHOOL,             false, false, SPEC-1,   true
            SCHOOL-2, SCHOOL,             false, false, HEALTH-1, true
            -,        -,                  false, false, LA-1,     true
            SCHOOL-2, SCHOOL,             false, false, SCHOOL-1, false
            SCHOOL-2, SCHOOL,             false, false, HOME-1,   false
            HOME-2,   CHILDRENS_HOME,     false, false, HOME-1,   false
            HOME-2,   CHILDRENS_HOME,     false, false, SCHOOL-1, false
            SCHOOL-1, SCHOOL,             false, false, SCHOOL-1, true
            HOME-1,   CHILDRENS_HOME,     false, false, HOME-1,   true
            ADMIN-1,  -,                  true,  false, HOME-1,   true
            ADMIN-1,  -,                  true,  false, SCHOOL-1, true
            LA-1,     LOCAL_AUTHORITY,    false, false, HOME-1,   true
            PF-1,     POLICE_FORCE,       false, false, HOME-1,   true
            LA-1,     LOCAL_AUTHORITY,    false, false, SCHOOL-1, true
            PF-1,     POLICE_FORCE,       false, false, SCHOOL-1, true
            OFSTED,   OFSTED,             false, false, HOME-1,   true
            OFSTED,   OFSTED,             false, false, SCHOOL-1, false
            LA-2,     LOCAL_AUTHORITY,    false, true,  HOME-1,   true
            LA-2,     LOCAL_AUTHORITY,    false, false, HOME-1,   false
            LA-2,     LOCAL_AUTHORITY,    false, true,  SCHOOL-1, false
            PF-2,     POLICE_FORCE,       false, false, HOME-1,   false
            SPEC-1,   SPECIALIST_SERVICE, false, false, HOME-1,   false
            SPEC-1,   SPECIALIST_SERVICE, false, true,  HOME-1,   false
            HEALTH-1, HEALTH,             false, false, SCHOOL-1, false
            """)
    void visibility(String orgId, String type, boolean admin, boolean placesAtHome, String target, boolean visible) {
        var viewer = new OrganisationVisibility.Viewer("-".equals(orgId) ? null : orgId,
                "-".equals(type) ? Optional.empty() : Optional.of(OrganisationType.valueOf(type)), admin,
                placesAtHome ? Set.of("HOME-1", "SCHOOL-1") : Set.of());
        assertThat(OrganisationVisibility.visible(viewer, ORGS.get(target))).isEqualTo(visible);
    }
}
