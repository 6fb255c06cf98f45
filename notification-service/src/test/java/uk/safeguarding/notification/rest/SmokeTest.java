package uk.safeguarding.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class SmokeTest {

    @TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @Test
    void health_openapi_and_authentication() {
        // Health on the management interface only (contract section 1: port + 1000).
        given().when().get(health).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/agencies/{orgId}/channel"))
                .body(containsString("/api/inbox/{id}/ack"))
                .body(containsString("/api/deliveries/{id}/retry"))
                .body(containsString("/api/disclosures/verify"));
        given().when().get("/api/inbox").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/inbox").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("URN-1", "staff")).when().get("/api/nothing").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
