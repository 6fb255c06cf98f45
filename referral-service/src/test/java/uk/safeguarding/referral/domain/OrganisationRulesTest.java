package uk.safeguarding.referral.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationRulesTest {

    static final Map<String, Organisation> ORGS = Map.of(
            "LA-1", new Organisation("LA-1", "Authority", OrganisationType.LOCAL_AUTHORITY, null, null, null),
            "PF-1", new Organisation("PF-1", "Police", OrganisationType.POLICE_FORCE, null, null, null));

    /** Violations as "field" (400) or "field!" (422, a reference to a missing or mistyped organisation). */
    @ParameterizedTest(name = "{0} la={1} pf={2} urn={3} → {4}")
    @CsvSource(textBlock = """
            SCHOOL,          LA-1, PF-1, ,         ''
            SCHOOL,          LA-1, PF-1, SC123456, ''
            SCHOOL,          ,     PF-1, ,         localAuthorityOrgId
            SCHOOL,          LA-1, ,     ,         policeForceOrgId
            SCHOOL,          LA-9, PF-1, ,         localAuthorityOrgId!
            SCHOOL,          PF-1, LA-1, ,         localAuthorityOrgId! policeForceOrgId!
            CHILDRENS_HOME,  LA-1, PF-1, SC200001, ''
            CHILDRENS_HOME,  LA-1, PF-1, 1234567,  ''
            CHILDRENS_HOME,  LA-1, PF-1, ,         ofstedUrn
            CHILDRENS_HOME,  LA-1, PF-1, 12AB,     ofstedUrn
            CHILDRENS_HOME,  LA-1, PF-9, SC200001, policeForceOrgId!
            LOCAL_AUTHORITY, ,     ,     ,         ''
            POLICE_FORCE,    LA-1, ,     ,         localAuthorityOrgId
            OFSTED,          ,     PF-1, ,         policeForceOrgId
            HEALTH,          ,     ,     SC200001, ofstedUrn
            """)
    void rules(OrganisationType type, String la, String pf, String urn, String expected) {
        var org = new Organisation("X-1", "Name", type, la, pf, urn);
        String found = String.join(" ", OrganisationRules.check(org, id -> Optional.ofNullable(ORGS.get(id))).stream()
                .map(v -> v.field() + (v.unprocessable() ? "!" : "")).toList());
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "id {0}: {1}")
    @CsvSource(textBlock = """
            LA-801, true
            URN-100001, true
            PF-AVS, true
            OFSTED, true
            SC-200001, true
            la-801, false
            LA--801, false
            -LA, false
            LA-, false
            'LA 801', false
            801, false
            """)
    void ids(String id, boolean valid) {
        assertThat(OrganisationRules.ID.matcher(id).matches()).isEqualTo(valid);
    }
}
