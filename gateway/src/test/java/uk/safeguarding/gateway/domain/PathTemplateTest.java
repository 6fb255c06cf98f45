package uk.safeguarding.gateway.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplateTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/concerns,                                                   /api/concerns",
            "/api/concerns/3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70,              /api/concerns/{id}",
            "/api/concerns/3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70/decision,     /api/concerns/{id}/decision",
            "/api/concerns/3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70/pathway.svg,  /api/concerns/{id}/pathway.svg",
            "/api/children/by-upn/B801200005001,                              /api/children/by-upn/{id}",
            "/api/organisations/LA-801,                                       /api/organisations/{id}",
            "/api/agencies/URN-100001/channel/rotate-secret,                  /api/agencies/{id}/channel/rotate-secret",
            "/api/children?q=Jo%20Bloggs,                                     /api/children",
            "/api/missing-episodes/stats?settingOrgId=URN-1,                  /api/missing-episodes/stats",
            "/api/disclosures/12345,                                          /api/disclosures/{id}",
            "/api/organisations/acme%20school,                                /api/organisations/{id}",
            "/api/referrals/Smith,                                            /api/referrals/{id}",
            "/,                                                               /",
            "/ops/,                                                           /ops/"})
    void replacesEveryIdentifierWithId(String path, String template) {
        assertThat(PathTemplate.of(path)).isEqualTo(template);
    }

    @org.junit.jupiter.api.Test
    void aVeryLongPathIsCut() {
        assertThat(PathTemplate.of("/a".repeat(40))).endsWith("/…").hasSizeLessThan(40);
    }
}
