package uk.safeguarding.platform.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.testapp.PlatformTestBase;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform_test"))
class ProblemJsonTest {

    private final String staff = TestTokens.token(PlatformTestBase.SCHOOL, "staff");

    @BeforeEach
    void orgs() {
        PlatformTestBase.organisations();
    }

    private io.restassured.specification.RequestSpecification post(String body) {
        return given().auth().oauth2(staff).contentType(ContentType.JSON).body(body);
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        post("{\"colour\":\"RED\"}").when().post("/api/widgets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Invalid request"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aNestedInvalidFieldIsNamedWithItsPath() {
        post("{\"name\":\"w\",\"colour\":\"RED\",\"parts\":[{\"code\":\"\"}]}").when().post("/api/widgets").then().statusCode(400)
                .body("errors.field", hasItem("parts[0].code"));
    }

    @Test
    void anUnknownFieldIsRefusedAndNamed() {
        post("{\"name\":\"w\",\"colour\":\"RED\",\"flavour\":\"x\"}").when().post("/api/widgets").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("flavour"));
    }

    @Test
    void aBadEnumValueIsNamedWithoutEchoingIt() {
        post("{\"name\":\"w\",\"colour\":\"PURPLE-SECRET\"}").when().post("/api/widgets").then().statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("RED"))
                .body(not(containsString("PURPLE-SECRET")));
    }

    @Test
    void aBadDateIsNamed() {
        post("{\"name\":\"w\",\"colour\":\"RED\",\"madeOn\":\"2026-13-45\"}").when().post("/api/widgets").then().statusCode(400)
                .body("errors[0].field", equalTo("madeOn"));
    }

    @Test
    void aValueOfTheWrongShapeIsAProblemNamingTheField() {
        post("{\"name\":{\"first\":\"x\"},\"colour\":\"RED\"}").when().post("/api/widgets").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        post("{\"name\":\"w\",\"colour\":\"RED\",\"parts\":{\"code\":\"x\"}}").when().post("/api/widgets").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("parts"));
    }

    @Test
    void malformedJsonIsA400() {
        post("{\"name\":").when().post("/api/widgets").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMissingRecordIsA404Problem() {
        given().auth().oauth2(staff).when().get("/api/widgets/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aBadPathParameterIsA400Or404ProblemNeverA500() {
        given().auth().oauth2(staff).when().get("/api/widgets/not-a-uuid").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "/api/widgets/named/%00,                 name",
            "/api/widgets/named/a%00b,               name",
            "/api/widgets/named/line%0Abreak,        name",
            "/api/widgets/named/x?colour=%00,        colour",
            "/api/widgets/named/x?colour=RED%7F,     colour",
            "/api/widgets/named/x?colour=%C2%85,     colour",
            "/api/widgets/%00,                       id"
    })
    void aControlCharacterInAPathOrQueryParameterIs400NamingIt(String uri, String field) {
        given().auth().oauth2(staff).urlEncodingEnabled(false).when().get(uri).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("errors[0].field", equalTo(field)).body("errors[0].message", containsString("control"));
    }

    @Test
    void ordinaryParametersStillPass() {
        given().auth().oauth2(staff).urlEncodingEnabled(false).when().get("/api/widgets/named/caf%C3%A9?colour=RED").then()
                .statusCode(200);
    }

    @Test
    void noTokenIs401AndABadTokenIs401() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/widgets").then().statusCode(401);
        given().auth().oauth2(TestTokens.builder(PlatformTestBase.SCHOOL, "staff").issuer("https://evil.example").build())
                .contentType(ContentType.JSON).body("{}").when().post("/api/widgets").then().statusCode(401);
        given().auth().oauth2(TestTokens.builder(PlatformTestBase.SCHOOL, "staff").expiredAgo(java.time.Duration.ofMinutes(5)).build())
                .contentType(ContentType.JSON).body("{}").when().post("/api/widgets").then().statusCode(401);
    }

    @Test
    void aRoleOnTheWrongTypeOfOrganisationIs403() {
        given().auth().oauth2(TestTokens.token(PlatformTestBase.POLICE, "staff")).contentType(ContentType.JSON)
                .body("{\"name\":\"w\",\"colour\":\"RED\"}").when().post("/api/widgets").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token(PlatformTestBase.SCHOOL, "police")).contentType(ContentType.JSON)
                .body("{\"name\":\"w\",\"colour\":\"RED\"}").when().post("/api/widgets").then().statusCode(403);
    }
}
