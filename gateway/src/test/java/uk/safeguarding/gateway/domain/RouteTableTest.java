package uk.safeguarding.gateway.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTableTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(nullValues = "NONE", value = {
            "GET,    /api/children,                                  CONCERN",
            "GET,    /api/children/abc,                              CONCERN",
            "GET,    /api/children/abc/timeline,                     NONE",
            "HEAD,   /api/children/abc/timeline,                     NONE",
            "POST,   /api/children/abc/timeline,                     CONCERN",
            "GET,    /api/children/abc/timeline/x,                   CONCERN",
            "GET,    /api/concerns/x/pathway.svg,                    CONCERN",
            "GET,    /api/children/abc/subject-access,               NONE",
            "POST,   /api/children/abc/subject-access,               CONCERN",
            "GET,    /api/referrals/x/form.pdf,                      NOTIFICATION",
            "GET,    /api/referrals/x/formxpdf,                      REFERRAL",
            "GET,    /api/referrals/x/form.pdf/y,                    REFERRAL",
            "GET,    /api/retention/due,                             CONCERN",
            "GET,    /api/indicators,                                CONCERN",
            "GET,    /api/intelligence/matches,                      CONCERN",
            "GET,    /api/intelligence/matches/x,                    CONCERN",
            "GET,    /api/organisations/LA-801,                      REFERRAL",
            "POST,   /api/referrals/x/response,                      REFERRAL",
            "PUT,    /api/support-plans/x,                           REFERRAL",
            "GET,    /api/missing-episodes/stats,                    MISSING",
            "PUT,    /api/agencies/LA-801/channel,                   NOTIFICATION",
            "GET,    /api/inbox,                                     NOTIFICATION",
            "POST,   /api/deliveries/x/retry,                        NOTIFICATION",
            "GET,    /api/disclosures/verify,                        NOTIFICATION",
            "GET,    /api/concernsx,                                 NONE",
            "GET,    /api/Concerns,                                  NONE",
            "GET,    /api,                                           NONE",
            "GET,    /api/,                                          NONE",
            "GET,    /internal/concerns/x/packet,                    NONE",
            "GET,    /ops/api/summary,                               NONE",
            "GET,    /concerns,                                      NONE"})
    void routesByFirstSegmentUnderApi(String method, String path, Upstream expected) {
        assertThat(RouteTable.upstreamFor(method, path)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "/internal, true", "/internal/, true", "/internal/x/packet, true",
            "/internals, false", "/api/internal, false", "/Internal/x, false"})
    void internalIsRecognised(String path, boolean internal) {
        assertThat(RouteTable.isInternal(path)).isEqualTo(internal);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/concerns, true, false", "/api, true, false", "/ops/api/summary, true, true",
            "/ops/, false, false", "/ops/config.json, false, false", "/q/health, false, false", "/webjars/x.js, false, false"})
    void whatNeedsATokenAndWhatNeedsOps(String path, boolean token, boolean ops) {
        assertThat(RouteTable.requiresToken(path)).isEqualTo(token);
        assertThat(RouteTable.requiresOps(path)).isEqualTo(ops);
    }
}
