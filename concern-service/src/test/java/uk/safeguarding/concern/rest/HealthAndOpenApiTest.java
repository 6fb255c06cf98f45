package uk.safeguarding.concern.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.concern.support.World;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class HealthAndOpenApiTest {

    @TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @Test
    void healthIsUpWithoutATokenOnTheManagementInterfaceOnly() {
        given().when().get(health).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().auth().oauth2(World.staff(World.SCHOOL)).when().get("/api/nothing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void withoutOrWithABadTokenIs401() {
        given().when().get("/api/indicators").then().statusCode(401);
        given().auth().oauth2(TestTokens.builder(World.SCHOOL, "staff").expiredAgo(Duration.ofMinutes(1)).build())
                .when().get("/api/indicators").then().statusCode(401);
        given().auth().oauth2(TestTokens.builder(World.SCHOOL, "staff").issuer("https://evil.example/realms/x").build())
                .when().get("/api/indicators").then().statusCode(401);
        given().auth().oauth2(TestTokens.builder(World.SCHOOL, "staff").audience("another-api").build())
                .when().get("/api/indicators").then().statusCode(401);
        given().when().get("/internal/concerns/00000000-0000-0000-0000-000000000000/packet?recipientType=POLICE").then().statusCode(401);
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/children"))
                .body("paths", hasKey("/api/children/by-upn/{upn}"))
                .body("paths", hasKey("/api/children/{childId}"))
                .body("paths", hasKey("/api/indicators"))
                .body("paths", hasKey("/api/concerns"))
                .body("paths", hasKey("/api/concerns/{concernId}"))
                .body("paths", hasKey("/api/concerns/{concernId}/indicators"))
                .body("paths", hasKey("/api/concerns/{concernId}/intelligence"))
                .body("paths", hasKey("/api/concerns/{concernId}/decision"))
                .body("paths", hasKey("/api/concerns/{concernId}/close"))
                .body("paths", hasKey("/api/concerns/{concernId}/history"))
                .body("paths", hasKey("/api/concerns/{concernId}/anonymised"))
                .body("paths", hasKey("/api/concerns/{concernId}/pathway.svg"))
                .body("paths", hasKey("/api/concerns/{concernId}/advice-requests"))
                .body("paths", hasKey("/internal/concerns/{concernId}/packet"))
                .body("paths", hasKey("/api/intelligence/matches"))
                .body("paths", hasKey("/api/intelligence/matches/{id}"))
                .body("paths", hasKey("/internal/intelligence/matches/{matchId}/packet"))
                .body("paths.'/api/concerns/{concernId}/decision'.post.responses", hasKey("422"))
                .body("paths.'/api/children/{childId}'.put.responses", hasKey("412"))
                .body("paths.'/api/concerns/{concernId}/pathway.svg'.get.responses.'200'.content", hasKey("image/svg+xml"))
                .body("components.schemas.ChildRequest.properties", hasKey("placingAuthorityOrgId"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("info.title", containsString("concern-service"));
    }
}
