package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the gateway takes to assemble a subject-access bundle for a child with 50 concerns (and
 * 10 referrals, 5 missing episodes, 2 support plans, 150 disclosures), as JSON and as a PDF, the
 * sources answering at once from local stubs. Prints the figures; no timing is asserted. On demand:
 * {@code ./mvnw -pl gateway -am verify -Dtest=SubjectAccessBenchmarkTest -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
@Tag("benchmark")
class SubjectAccessBenchmarkTest {

    static final String CHILD = "5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4";
    static final int WARM_UP = 10;
    static final int RUNS = 30;
    final StubUpstreams stubs = StubUpstreams.get();
    final String dcpo = TestTokens.token("URN-100001", "dcpo");
    /** The auditor's bundle reads the lists only (concern-service withholds the intelligence there). */
    final String auditor = TestTokens.token("LA-801", "auditor");

    static String page(List<String> items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":200,\"total\":" + items.size() + "}";
    }

    void script() {
        stubs.reset();
        stubs.answer(Upstream.CONCERN, "GET", "/api/children/" + CHILD, StubUpstreams.Answer.json(200, """
                {"id":"%s","givenName":"Amira","familyName":"Okonkwo","dateOfBirth":"2012-03-14","gender":"FEMALE",
                 "settingOrgId":"URN-100001","lookedAfter":false,"vulnerabilities":["RUNAWAY_HISTORY"]}""".formatted(CHILD)));
        List<String> concerns = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID concernId = UUID.randomUUID();
            String concern = """
                    {"id":"%s","childId":"%s","settingOrgId":"URN-100001","observedAt":"2026-%02d-10T09:30:00Z",
                     "summary":"Seen getting into a car with two unknown adults after school; returned late with a new phone (%d).",
                     "status":"REFERRED","riskScore":11,"riskLevel":"HIGH","riskModelVersion":"2026.1",
                     "consentAssessment":{"ageAtObservation":14,"legallyCapableOfConsent":false,"potentialOffences":["UNDER_16_SEXUAL_ACTIVITY"],"childProtectionIssue":true},
                     "indicators":[{"code":"BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS","category":"EMOTIONAL_BEHAVIOURAL","description":"Vehicles and unknown adults","weight":3,"significant":true},
                                   {"code":"INCOME_UNEXPLAINED_POSSESSIONS","category":"INCOME","description":"Unexplained possessions","weight":2,"significant":false}],
                     "intelligence":{"vehicles":[{"reg":"AB12CDE","partial":false}],"persons":[{"name":"Dean","description":"older man"}],"locations":[{"text":"car park"}]},
                     "decisions":[{"outcome":"REFER","rationale":"Significant indicators: refer today.","cseSuspected":true,"decidedAt":"2026-01-11T10:00:00Z"}],
                     "createdAt":"2026-01-10T09:40:00Z","updatedAt":"2026-01-11T10:00:00Z"}""".formatted(concernId, CHILD, i % 12 + 1, i);
            concerns.add(concern.replaceFirst("\"intelligence\":\\{.*?\\]\\},", ""));
            stubs.answer(Upstream.CONCERN, "GET", "/api/concerns/" + concernId, StubUpstreams.Answer.json(200, concern));
        }
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            referrals.add("{\"id\":\"%s\",\"agencyOrgId\":\"%s\",\"lawfulBasis\":\"PUBLIC_TASK\",\"consentStatus\":\"NOT_SOUGHT\",\"status\":\"RESPONDED\",\"outcome\":\"S47_ENQUIRY\",\"createdAt\":\"2026-01-11T10:01:00Z\"}"
                    .formatted(UUID.randomUUID(), i % 2 == 0 ? "LA-801" : "PF-AVS"));
        }
        List<String> episodes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            episodes.add("{\"id\":\"%s\",\"lastSeenAt\":\"2026-02-0%dT22:00:00Z\",\"status\":\"RETURNED\",\"riskGrade\":\"MEDIUM\",\"circumstances\":\"left after tea\"}"
                    .formatted(UUID.randomUUID(), i + 1));
        }
        List<String> plans = List.of("{\"id\":\"p1\",\"childViews\":\"wants to stay at school\"}", "{\"id\":\"p2\",\"childViews\":\"wants to see her sister\"}");
        List<String> disclosures = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            disclosures.add("{\"seq\":%d,\"at\":\"2026-01-11T10:02:00Z\",\"recipientOrgId\":\"%s\",\"action\":\"INBOX_READ\",\"packetType\":\"CONCERN\",\"fieldsDisclosed\":[\"CHILD_IDENTITY\",\"CONCERN\",\"INDICATORS\"],\"lawfulBasis\":\"PUBLIC_TASK\",\"consentStatus\":\"NOT_SOUGHT\"}"
                    .formatted(i + 1, i % 2 == 0 ? "LA-801" : "PF-AVS"));
        }
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, page(concerns)));
        stubs.answer(Upstream.REFERRAL, "GET", "/api/referrals?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, page(referrals)));
        stubs.answer(Upstream.MISSING, "GET", "/api/missing-episodes?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, page(episodes)));
        stubs.answer(Upstream.REFERRAL, "GET", "/api/support-plans?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, page(plans)));
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/disclosures?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, page(disclosures)));
    }

    @Test
    void assemble_a_bundle_for_a_child_with_50_concerns() {
        script();
        StringBuilder report = new StringBuilder("subject-access bundle, 50 concerns (" + RUNS + " runs after " + WARM_UP + " warm-up)");
        for (String requester : List.of("dcpo", "auditor")) {
            String token = requester.equals("dcpo") ? dcpo : auditor;
            for (String format : List.of("json", "pdf")) {
                long bytes = 0;
                for (int i = 0; i < WARM_UP; i++) {
                    bytes = fetch(token, format);
                }
                long[] nanos = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    fetch(token, format);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                report.append(String.format("%n  %-7s %-5s median %7.2f ms, p95 %7.2f ms, max %7.2f ms, %d bytes", requester, format,
                        nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6, bytes));
            }
        }
        System.out.println("\n" + report + "\n");
    }

    private long fetch(String token, String format) {
        byte[] body = given().auth().oauth2(token).when().get("/api/children/" + CHILD + "/subject-access?format=" + format)
                .then().statusCode(200).extract().asByteArray();
        assertThat(body.length).isPositive();
        return body.length;
    }
}
