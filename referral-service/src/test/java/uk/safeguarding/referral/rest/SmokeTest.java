package uk.safeguarding.referral.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class SmokeTest {

    @Test
    void healthOpenApiMetricsAndAuthentication() {
        given().when().get(io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri() + "/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/referrals"));
        given().when().get(io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri() + "/metrics").then().statusCode(200);
        // never on the public port (contract section 1)
        given().when().get("/q/health").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("URN-100001", "staff")).when().get("/api/nothing").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/referrals").then().statusCode(401);
        given().auth().oauth2(TestTokens.builder("LA-801", "social-worker").issuer("https://evil.example").build())
                .when().get("/api/referrals").then().statusCode(401);
    }
}
