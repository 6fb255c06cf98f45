package uk.safeguarding.concern.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class SmokeTest {
    @Test
    void health() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().auth().oauth2(TestTokens.token("URN-1", "staff")).when().get("/api/nothing").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/nothing").then().statusCode(401);
    }
}
