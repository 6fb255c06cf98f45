package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class ChildTimelineTest {

    static final String CHILD = "0c5e2b7a-1d3f-4e6a-8b9c-7d1e2f3a4b5c";
    static final String C1 = "11111111-1111-4111-8111-111111111111";
    static final String C2 = "22222222-2222-4222-8222-222222222222";
    static final String R1 = "33333333-3333-4333-8333-333333333333";
    static final String M1 = "44444444-4444-4444-8444-444444444444";
    final StubUpstreams stubs = StubUpstreams.get();
    final String token = TestTokens.token("URN-100001", "dcpo");

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    void script(long delayMillis) {
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, """
                {"items":[
                  {"id":"%s","childId":"%s","observedAt":"2026-11-20T09:30:00Z","createdAt":"2026-11-28T09:00:00Z",
                   "status":"REFERRED","riskLevel":"HIGH","riskScore":12,"summary":"Seen getting into a car with Jo Bloggs",
                   "intelligence":{"vehicles":[{"reg":"AB12CDE"}]},"reportedBy":{"name":"Ms Teacher"},"indicators":["REL_OLDER_PARTNER"]},
                  {"id":"%s","childId":"%s","observedAt":"2026-10-01T08:00:00+01:00","status":"MONITORING","riskLevel":"MEDIUM"}
                ],"page":0,"size":200,"total":2}""".formatted(C2, CHILD, C1, CHILD)).delayed(delayMillis));
        stubs.answer(Upstream.REFERRAL, "GET", "/api/referrals?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, """
                {"items":[{"id":"%s","concernId":"%s","childId":"%s","agencyOrgId":"LA-801","agencyType":"LOCAL_AUTHORITY",
                  "lawfulBasis":"PUBLIC_TASK","consentStatus":"NOT_SOUGHT","status":"SENT","dueBy":"2026-11-29T09:30:00Z",
                  "createdAt":"2026-11-28T09:31:00Z","note":"free text must not appear"}],"page":0,"size":200,"total":1}"""
                .formatted(R1, C2, CHILD)).delayed(delayMillis));
        stubs.answer(Upstream.MISSING, "GET", "/api/missing-episodes?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, """
                {"items":[{"id":"%s","childId":"%s","lastSeenAt":"2026-11-01T22:15:00Z","status":"RETURNED","riskGrade":"HIGH",
                  "lastSeenLocation":"14 Acacia Avenue","circumstances":"left after an argument","policeReference":"PR-1234",
                  "returnedAt":"2026-11-02T07:00:00Z"}],"page":0,"size":200,"total":1}""".formatted(M1, CHILD)).delayed(delayMillis));
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/disclosures?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200, """
                {"items":[{"seq":7,"at":"2026-11-28T09:35:00Z","childId":"%s","recipientOrgId":"LA-801","eventId":"ev-7",
                  "packetType":"CONCERN","fieldsDisclosed":["CHILD_IDENTITY","CONCERN"],"lawfulBasis":"PUBLIC_TASK",
                  "consentStatus":"NOT_SOUGHT","prevHash":"00","hash":"ab"}],"page":0,"size":200,"total":1}""".formatted(CHILD))
                .delayed(delayMillis));
    }

    @Test
    void mergesTheFourSourcesInTimeOrderWithoutFreeText() {
        script(0);
        Response response = given().auth().oauth2(token).when().get("/api/children/" + CHILD + "/timeline");
        response.then().statusCode(200)
                .body("childId", equalTo(CHILD))
                .body("incomplete", empty())
                .body("items.source", contains("concerns", "missing-episodes", "concerns", "referrals", "disclosures"))
                .body("items.kind", contains("concern", "missing-episode", "concern", "referral", "disclosure"))
                .body("items.id", contains(C1, M1, C2, R1, "ev-7"))
                .body("items.at", contains("2026-10-01T08:00:00+01:00", "2026-11-01T22:15:00Z", "2026-11-20T09:30:00Z",
                        "2026-11-28T09:31:00Z", "2026-11-28T09:35:00Z"))
                .body("items[2].riskLevel", equalTo("HIGH"))
                .body("items[2].riskScore", equalTo(12))
                .body("items[3].agencyOrgId", equalTo("LA-801"))
                .body("items[1].riskGrade", equalTo("HIGH"))
                .body("items[4].fieldsDisclosed", contains("CHILD_IDENTITY", "CONCERN"));
        String body = response.asString();
        for (String secret : List.of("Jo Bloggs", "AB12CDE", "Ms Teacher", "Acacia", "argument", "PR-1234", "free text",
                "summary", "intelligence", "reportedBy", "circumstances", "hash")) {
            assertThat(body).doesNotContain(secret);
        }
    }

    @Test
    void asksEverySourceInParallelWithTheCallersTokenAndCorrelationId() {
        script(700);
        long start = System.nanoTime();
        String correlation = given().auth().oauth2(token).header("X-Correlation-Id", "timeline-test-0001")
                .when().get("/api/children/" + CHILD + "/timeline").then()
                .statusCode(200).body("incomplete", empty()).body("items.size()", equalTo(5))
                .extract().header("X-Correlation-Id");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("four sources of 700 ms each, asked at once").isLessThan(2_000);
        assertThat(correlation).isEqualTo("timeline-test-0001");
        List<StubUpstreams.Received> calls = stubs.received();
        assertThat(calls).hasSize(4).allSatisfy(call -> {
            assertThat(call.headers().get("authorization")).isEqualTo("Bearer " + token);
            assertThat(call.headers().get("x-correlation-id")).isEqualTo("timeline-test-0001");
            assertThat(call.headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        });
        long first = calls.stream().mapToLong(StubUpstreams.Received::receivedAtNanos).min().orElseThrow();
        long last = calls.stream().mapToLong(StubUpstreams.Received::receivedAtNanos).max().orElseThrow();
        assertThat((last - first) / 1_000_000).isLessThan(500);
    }

    @Test
    void aFailingOrForbiddenSourceIsListedAsIncompleteNotA500() {
        script(0);
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/disclosures?childId=" + CHILD + "&page=0&size=200",
                new StubUpstreams.Answer(403, Map.of("Content-Type", "application/problem+json"),
                        "{\"status\":403,\"title\":\"Forbidden\"}", 0));
        stubs.answer(Upstream.REFERRAL, "GET", "/api/referrals?childId=" + CHILD + "&page=0&size=200",
                StubUpstreams.Answer.json(500, "{\"status\":500}"));
        given().auth().oauth2(token).when().get("/api/children/" + CHILD + "/timeline").then()
                .statusCode(200)
                .body("incomplete", contains("referrals", "disclosures"))
                .body("items.source", contains("concerns", "missing-episodes", "concerns"));
    }

    @Test
    void aServiceThatIsDownOrTooSlowIsIncompleteToo() {
        script(0);
        stubs.mode(Upstream.MISSING, StubUpstreams.Mode.DROP);
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns?childId=" + CHILD + "&page=0&size=200",
                StubUpstreams.Answer.json(200, "{\"items\":[]}").delayed(4_000));
        long start = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/children/" + CHILD + "/timeline").then()
                .statusCode(200)
                .body("incomplete", contains("concerns", "missing-episodes"))
                .body("items.source", contains("referrals", "disclosures"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_500);
    }

    @Test
    void everySourceFailingStillAnswers200WithAllIncomplete() {
        for (Upstream upstream : Upstream.values()) {
            stubs.mode(upstream, StubUpstreams.Mode.HANG);
        }
        given().auth().oauth2(token).when().get("/api/children/" + CHILD + "/timeline").then()
                .statusCode(200)
                .body("items", empty())
                .body("incomplete", contains("concerns", "referrals", "missing-episodes", "disclosures"));
    }

    @Test
    void aChildIdThatIsNotAUuidAnswers400NamingIt() {
        given().auth().oauth2(token).when().get("/api/children/not-a-uuid/timeline").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("childId"));
        assertThat(stubs.received()).isEmpty();
    }
}
