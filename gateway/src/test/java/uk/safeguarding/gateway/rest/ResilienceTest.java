package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

/** A service that is down or silent answers 503 problem+json with Retry-After, never a hang; the circuit opens and heals. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class ResilienceTest {

    final StubUpstreams stubs = StubUpstreams.get();
    final String token = TestTokens.token("LA-801", "social-worker");

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    @AfterEach
    void heal() throws InterruptedException {
        stubs.reset();
        // Leave every circuit closed for the next test class.
        long deadline = System.currentTimeMillis() + 10_000;
        for (String path : new String[] {"/api/referrals", "/api/missing-episodes"}) {
            while (given().auth().oauth2(token).when().get(path).statusCode() != 200) {
                assertThat(System.currentTimeMillis()).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    @Test
    void aServiceThatDropsTheConnectionGives503WithRetryAfterThenTheCircuitOpensAndHeals() throws Exception {
        stubs.mode(Upstream.REFERRAL, StubUpstreams.Mode.DROP);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/referrals").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("referral-service"));
        }
        int reached = stubs.received(Upstream.REFERRAL).size();
        assertThat(reached).isEqualTo(3);
        // Open: answered at once without trying the service.
        long start = System.nanoTime();
        given().auth().oauth2(token).when().post("/api/referrals/x/revoke").then()
                .statusCode(503)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(stubs.received(Upstream.REFERRAL)).hasSize(reached);
        // Other services are unaffected.
        given().auth().oauth2(token).when().get("/api/inbox").then().statusCode(200);

        stubs.mode(Upstream.REFERRAL, StubUpstreams.Mode.ANSWER);
        long deadline = System.currentTimeMillis() + 8_000;
        int status;
        do {
            Thread.sleep(250);
            status = given().auth().oauth2(token).when().get("/api/referrals").statusCode();
        } while (status != 200 && System.currentTimeMillis() < deadline);
        assertThat(status).as("the circuit closes again after a successful trial").isEqualTo(200);
    }

    @Test
    void aServiceThatNeverAnswersGives503AfterTheIdleTimeoutNotAHang() {
        stubs.mode(Upstream.MISSING, StubUpstreams.Mode.HANG);
        long start = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/missing-episodes?status=MISSING").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("missing-episode-service"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isBetween(1_500L, 6_000L);
    }

    @Test
    void onlyFailuresInARowOpenTheCircuit() {
        // failed, failed, answered, failed, failed: never three in a row, so every request still reaches the service.
        for (StubUpstreams.Mode mode : List.of(StubUpstreams.Mode.DROP, StubUpstreams.Mode.DROP, StubUpstreams.Mode.ANSWER,
                StubUpstreams.Mode.DROP, StubUpstreams.Mode.DROP, StubUpstreams.Mode.ANSWER)) {
            stubs.mode(Upstream.REFERRAL, mode);
            given().auth().oauth2(token).when().get("/api/referrals").then()
                    .statusCode(mode == StubUpstreams.Mode.ANSWER ? 200 : 503);
        }
        assertThat(stubs.received(Upstream.REFERRAL)).hasSize(6);
    }

    @Test
    void theTimelineAndTheProxyShareAServicesCircuit() {
        String child = "0c5e2b7a-1d3f-4e6a-8b9c-7d1e2f3a4b5c";
        String dcpo = TestTokens.token("URN-100001", "dcpo");
        stubs.mode(Upstream.REFERRAL, StubUpstreams.Mode.DROP);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(dcpo).when().get("/api/children/" + child + "/timeline").then()
                    .statusCode(200)
                    .body("incomplete", hasItem("referrals"));
        }
        assertThat(stubs.received(Upstream.REFERRAL)).hasSize(3);
        // Three failures of the timeline's source opened the circuit the proxy goes through too.
        given().auth().oauth2(token).when().get("/api/referrals").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[12]"))
                .body("detail", containsString("referral-service is unavailable"));
        assertThat(stubs.received(Upstream.REFERRAL)).hasSize(3);
    }
}
