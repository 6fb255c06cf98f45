package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class RoutingTest {

    static final String ID = "3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70";
    final StubUpstreams stubs = StubUpstreams.get();
    final String token = TestTokens.token("URN-100001", "dcpo");

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    static Stream<Arguments> contractPaths() {
        return Stream.of(
                Arguments.of("GET", "/api/children?q=smith", Upstream.CONCERN),
                Arguments.of("PUT", "/api/children/by-upn/B801200005001", Upstream.CONCERN),
                Arguments.of("POST", "/api/children", Upstream.CONCERN),
                Arguments.of("GET", "/api/children/" + ID, Upstream.CONCERN),
                Arguments.of("PUT", "/api/children/" + ID, Upstream.CONCERN),
                Arguments.of("POST", "/api/children/" + ID + "/timeline", Upstream.CONCERN),
                Arguments.of("GET", "/api/indicators", Upstream.CONCERN),
                Arguments.of("POST", "/api/concerns", Upstream.CONCERN),
                Arguments.of("GET", "/api/concerns?childId=" + ID + "&status=RAISED&riskLevel=HIGH", Upstream.CONCERN),
                Arguments.of("GET", "/api/concerns/" + ID, Upstream.CONCERN),
                Arguments.of("GET", "/api/concerns/" + ID + "/history", Upstream.CONCERN),
                Arguments.of("GET", "/api/concerns/" + ID + "/anonymised", Upstream.CONCERN),
                Arguments.of("GET", "/api/concerns/" + ID + "/pathway.svg", Upstream.CONCERN),
                Arguments.of("POST", "/api/concerns/" + ID + "/decision", Upstream.CONCERN),
                Arguments.of("POST", "/api/concerns/" + ID + "/close", Upstream.CONCERN),
                Arguments.of("POST", "/api/concerns/" + ID + "/intelligence", Upstream.CONCERN),
                Arguments.of("POST", "/api/concerns/" + ID + "/advice-requests", Upstream.CONCERN),
                Arguments.of("GET", "/api/organisations", Upstream.REFERRAL),
                Arguments.of("POST", "/api/organisations", Upstream.REFERRAL),
                Arguments.of("PUT", "/api/organisations/LA-801", Upstream.REFERRAL),
                Arguments.of("GET", "/api/referrals?concernId=" + ID + "&status=PENDING", Upstream.REFERRAL),
                Arguments.of("GET", "/api/referrals/" + ID, Upstream.REFERRAL),
                Arguments.of("POST", "/api/referrals/" + ID + "/response", Upstream.REFERRAL),
                Arguments.of("POST", "/api/referrals/" + ID + "/revoke", Upstream.REFERRAL),
                Arguments.of("POST", "/api/referrals/" + ID + "/updates", Upstream.REFERRAL),
                Arguments.of("POST", "/api/referrals/" + ID + "/escalations", Upstream.REFERRAL),
                Arguments.of("POST", "/api/support-plans", Upstream.REFERRAL),
                Arguments.of("PUT", "/api/support-plans/" + ID, Upstream.REFERRAL),
                Arguments.of("GET", "/api/support-plans?childId=" + ID, Upstream.REFERRAL),
                Arguments.of("POST", "/api/missing-episodes", Upstream.MISSING),
                Arguments.of("GET", "/api/missing-episodes?childId=" + ID + "&status=MISSING", Upstream.MISSING),
                Arguments.of("GET", "/api/missing-episodes/" + ID, Upstream.MISSING),
                Arguments.of("POST", "/api/missing-episodes/" + ID + "/return", Upstream.MISSING),
                Arguments.of("POST", "/api/missing-episodes/" + ID + "/return-interview", Upstream.MISSING),
                Arguments.of("GET", "/api/missing-episodes/stats?from=2026-01-01&to=2026-02-01&settingOrgId=URN-100001", Upstream.MISSING),
                Arguments.of("PUT", "/api/agencies/LA-801/channel", Upstream.NOTIFICATION),
                Arguments.of("POST", "/api/agencies/LA-801/channel/rotate-secret", Upstream.NOTIFICATION),
                Arguments.of("GET", "/api/inbox", Upstream.NOTIFICATION),
                Arguments.of("POST", "/api/inbox/" + ID + "/ack", Upstream.NOTIFICATION),
                Arguments.of("GET", "/api/deliveries?status=DEAD_LETTERED&agencyOrgId=LA-801", Upstream.NOTIFICATION),
                Arguments.of("POST", "/api/deliveries/" + ID + "/retry", Upstream.NOTIFICATION),
                Arguments.of("GET", "/api/disclosures?childId=" + ID, Upstream.NOTIFICATION),
                Arguments.of("GET", "/api/disclosures/verify", Upstream.NOTIFICATION));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("contractPaths")
    void routesEveryContractPathToItsService(String method, String uri, Upstream upstream) {
        var request = given().auth().oauth2(token);
        if (!method.equals("GET")) {
            request = request.contentType(ContentType.JSON).body("{\"a\":1}");
        }
        request.when().request(method, uri).then()
                .statusCode(200)
                .body("upstream", equalTo(upstream.name()))
                .body("method", equalTo(method))
                .body("uri", equalTo(uri));
        assertThat(stubs.received()).singleElement().satisfies(r -> {
            assertThat(r.upstream()).isEqualTo(upstream);
            assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + token);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/internal/concerns/" + ID + "/packet?recipientType=POLICE", "/internal", "/internal/x",
            "/api/concerns/../../internal/concerns/x/packet", "/api/concerns/%2e%2e/%2e%2e/internal/x"})
    void internalAnswers404AndIsNeverRouted(String uri) {
        for (String bearer : new String[] {token, TestTokens.token(null, "notifier")}) {
            given().auth().oauth2(bearer).urlEncodingEnabled(false).when().get(uri).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("type", startsWith("https://"));
        }
        given().urlEncodingEnabled(false).when().get(uri).then().statusCode(404).contentType("application/problem+json");
        assertThat(stubs.received()).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "/api/referrals?agencyOrgId=%00,                  agencyOrgId",
            "/api/concerns?status=RAISED&riskLevel=HIGH%0A,   riskLevel",
            "/api/children?q=a%7Fb,                           q",
            "/api/children/" + ID + "/timeline?x=%00,         x"
    })
    void aControlCharacterInAQueryParameterIs400NamingItAndNothingReachesAService(String uri, String field) {
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get(uri).then()
                .statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo(field));
        assertThat(stubs.received()).isEmpty();
    }

    @Test
    void aControlCharacterInAPathParameterIsNamedByItsOwner() {
        // The gateway's own endpoint names its parameter itself.
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/api/children/%00/timeline").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("childId"));
        // A routed path travels on intact, so the owning service's platform filter answers 400 naming it.
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/api/organisations/%00").then().statusCode(200);
        assertThat(stubs.received()).singleElement().satisfies(r -> assertThat(r.uri()).isEqualTo("/api/organisations/%00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing", "/api/concernsx", "/api", "/nothing", "/api/timeline"})
    void unknownPathAnswers404ProblemJson(String uri) {
        given().auth().oauth2(token).when().get(uri).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"));
        assertThat(stubs.received()).isEmpty();
    }

    @Test
    void noTokenOrABadTokenAnswers401ProblemJsonAndNothingReachesAService() {
        String other = TestTokens.builder("URN-100001", "dcpo").audience("another-api").build();
        String foreign = TestTokens.builder("URN-100001", "dcpo").issuer("https://evil.example/realms/safeguarding").build();
        String expired = TestTokens.builder("URN-100001", "dcpo").expiredAgo(Duration.ofMinutes(10)).build();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().when().get("/api/concerns").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        for (String bad : new String[] {other, foreign, expired, tampered, "not-a-jwt"}) {
            given().auth().oauth2(bad).when().get("/api/concerns").then().statusCode(401)
                    .contentType("application/problem+json").body("title", equalTo("Unauthorized"));
            given().auth().oauth2(bad).when().get("/api/children/" + ID + "/timeline").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{}").when().post("/api/concerns").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(stubs.received()).isEmpty();
    }

    @Test
    void keepsTheServicesStatusHeadersAndProblemBodyIntact() {
        String problem = "{\"type\":\"https://safeguarding.example/problems/409\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"a second open episode for this child\"}";
        stubs.answer(Upstream.MISSING, "POST", "/api/missing-episodes", new StubUpstreams.Answer(409,
                Map.of("Content-Type", "application/problem+json", "ETag", "\"7\"", "X-Custom", "kept"), problem, 0));
        String body = given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/missing-episodes").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("ETag", "\"7\"")
                .header("X-Custom", "kept")
                .extract().asString();
        assertThat(body).isEqualTo(problem);

        stubs.answer(Upstream.CONCERN, "POST", "/api/concerns", new StubUpstreams.Answer(201,
                Map.of("Content-Type", "application/json", "Location", "http://localhost:8081/api/concerns/" + ID), "{\"id\":\"" + ID + "\"}", 0));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/concerns").then().statusCode(201).header("Location", startsWith("http"))
                .body("id", equalTo(ID));
        stubs.answer(Upstream.CONCERN, "GET", "/api/children/" + ID, new StubUpstreams.Answer(412,
                Map.of("Content-Type", "application/problem+json"), "{\"status\":412}", 0));
        given().auth().oauth2(token).when().get("/api/children/" + ID).then().statusCode(412).body("status", equalTo(412));
    }

    @Test
    void streamsARequestBodyThroughUnchanged() {
        byte[] body = new byte[900 * 1024];
        new java.util.Random(7).nextBytes(body);
        String sha = StubUpstreams.sha(io.vertx.core.buffer.Buffer.buffer(body));
        given().auth().oauth2(token).contentType("application/octet-stream").body(body)
                .when().post("/api/concerns").then().statusCode(200)
                .body("bodyLength", equalTo(body.length))
                .body("bodySha", equalTo(sha));
    }

    @Test
    void aBodyOverOneMebibyteAnswers413ProblemJson() {
        byte[] body = new byte[1024 * 1024 + 1];
        given().auth().oauth2(token).contentType("application/octet-stream").body(body)
                .when().post("/api/concerns").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertThat(stubs.received()).isEmpty();
    }

    @Test
    void aStreamedBodyOverOneMebibyteAnswers413ProblemJson() throws Exception {
        // Chunked: no Content-Length, so the limit is counted while streaming.
        java.io.InputStream chunked = new java.io.ByteArrayInputStream(new byte[1024 * 1024 + 4096]);
        Response response = given().auth().oauth2(token).contentType("application/octet-stream").body(chunked)
                .when().post("/api/concerns");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        byte[] small = new byte[10_000];
        given().auth().oauth2(token).contentType("application/octet-stream").body(new java.io.ByteArrayInputStream(small))
                .when().post("/api/concerns").then().statusCode(200).body("bodyLength", equalTo(small.length));
    }

    @Test
    void theTimelineIsTheGatewaysOwnNotConcernServices() {
        given().auth().oauth2(token).when().get("/api/children/" + ID + "/timeline").then()
                .statusCode(200)
                .body("childId", equalTo(ID));
        assertThat(stubs.received(Upstream.CONCERN)).extracting(StubUpstreams.Received::uri)
                .noneMatch(uri -> uri.contains("/timeline"));
    }

    @Test
    void openApiIsServedOnThePublicPort() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/children/{childId}/timeline'.get", org.hamcrest.Matchers.notNullValue());
    }
}
