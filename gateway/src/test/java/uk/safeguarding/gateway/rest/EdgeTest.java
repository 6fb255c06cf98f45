package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.AccessLogCapture;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Correlation ids, W3C trace context, the access log, roles at the edge and the per-client rate limit. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class EdgeTest {

    static final String ID = "9b1d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    final StubUpstreams stubs = StubUpstreams.get();
    final String token = TestTokens.token("LA-801", "social-worker");

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    @Test
    void keepsAWellFormedCorrelationIdAndSendsItUpstreamAndBack() {
        given().auth().oauth2(token).header("X-Correlation-Id", "mis-nightly:2026-11-28.0001")
                .when().get("/api/referrals?status=PENDING").then()
                .statusCode(200)
                .header("X-Correlation-Id", "mis-nightly:2026-11-28.0001");
        assertThat(stubs.received(Upstream.REFERRAL)).singleElement()
                .satisfies(r -> assertThat(r.headers().get("x-correlation-id")).isEqualTo("mis-nightly:2026-11-28.0001"));
    }

    @Test
    void replacesAMalformedOrMissingCorrelationIdWithANewOne() {
        for (String offered : new String[] {"short", "has spaces in it", "x".repeat(129), "<script>alert(1)</script>"}) {
            stubs.reset();
            String echoed = given().auth().oauth2(token).header("X-Correlation-Id", offered)
                    .when().get("/api/inbox").then().statusCode(200)
                    .extract().header("X-Correlation-Id");
            assertThat(echoed).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
            assertThat(stubs.received(Upstream.NOTIFICATION).get(0).headers().get("x-correlation-id")).isEqualTo(echoed);
        }
        stubs.reset();
        String created = given().auth().oauth2(token).when().get("/api/inbox").then().statusCode(200)
                .extract().header("X-Correlation-Id");
        assertThat(stubs.received(Upstream.NOTIFICATION).get(0).headers().get("x-correlation-id")).isEqualTo(created);
        // Also on the gateway's own answers, errors included.
        given().when().get("/api/inbox").then().statusCode(401).header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
        given().when().get("/nothing").then().statusCode(404).header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void joinsTheCallersTraceAndStartsOneWhenAbsent() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Response response = given().auth().oauth2(token).header("traceparent", incoming)
                .when().get("/api/missing-episodes/" + ID);
        assertThat(response.statusCode()).isEqualTo(200);
        String sent = stubs.received(Upstream.MISSING).get(0).headers().get("traceparent");
        assertThat(sent).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .isNotEqualTo(incoming);
        assertThat(response.header("traceparent")).isEqualTo(sent);

        stubs.reset();
        String started = given().auth().oauth2(token).when().get("/api/missing-episodes/" + ID).then().statusCode(200)
                .extract().header("traceparent");
        assertThat(started).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(stubs.received(Upstream.MISSING).get(0).headers().get("traceparent")).isEqualTo(started);

        stubs.reset();
        given().auth().oauth2(token).header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .when().get("/api/missing-episodes/" + ID).then().statusCode(200);
        assertThat(stubs.received(Upstream.MISSING).get(0).headers().get("traceparent"))
                .doesNotContain("00000000000000000000000000000000");
    }

    @Test
    void theAccessLogHasTheTemplateStatusLatencyAndClientButNoIdentifierOrQuery() {
        try (AccessLogCapture log = new AccessLogCapture()) {
            given().auth().oauth2(token).when().get("/api/referrals/" + ID + "?agencyOrgId=LA-801").then().statusCode(200);
            given().auth().oauth2(token).when().put("/api/organisations/URN-100001").then().statusCode(200);
            given().when().get("/api/children/by-upn/B801200005001").then().statusCode(401);
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .matches("GET /api/referrals/\\{id} 200 \\d+ms client=safeguarding-web"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .matches("PUT /api/organisations/\\{id} 200 \\d+ms client=safeguarding-web"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .matches("GET /api/children/by-upn/\\{id} 401 \\d+ms client=-"));
            assertThat(String.join("\n", log.lines()))
                    .doesNotContain(ID).doesNotContain("LA-801").doesNotContain("URN-100001").doesNotContain("B801200005001")
                    .doesNotContain("agencyOrgId").doesNotContain("Bearer");
        }
    }

    @Test
    void theConsolesDataIsForRoleOpsOnly() {
        given().when().get("/ops/api/summary").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("URN-100001", "dcpo")).when().get("/ops/api/summary").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.token("LA-801", "admin", "auditor")).when().get("/ops/api/summary").then()
                .statusCode(403);
        given().when().get("/ops/config.json").then().statusCode(200).body("clientId", equalTo("safeguarding-web"));
    }

    @Test
    void pastItsRateAClientGets429WithRetryAfterAndOthersAreUnaffected() {
        String limited = TestTokens.builder("URN-100001", "mis-client").client(GatewayTestResource.RATE_TEST_CLIENT)
                .subject("svc-" + Instant.now().toEpochMilli()).build();
        String sameClientOtherSubject = TestTokens.builder("URN-100001", "mis-client").client(GatewayTestResource.RATE_TEST_CLIENT)
                .subject("other-" + Instant.now().toEpochMilli()).build();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(limited).when().get("/api/concerns").then().statusCode(200);
        }
        given().auth().oauth2(limited).when().get("/api/concerns").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
        // The gateway's own endpoints count too.
        given().auth().oauth2(limited).when().get("/api/children/" + ID + "/timeline").then().statusCode(429);
        assertThat(stubs.received(Upstream.CONCERN)).hasSize(3);
        given().auth().oauth2(sameClientOtherSubject).when().get("/api/concerns").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/concerns").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefusedEvenForTheGatewaysOwnEndpoints() {
        String expired = TestTokens.builder("LA-801", "ops").expiredAgo(Duration.ofSeconds(90)).build();
        given().auth().oauth2(expired).when().get("/ops/api/summary").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
