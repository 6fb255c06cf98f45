package uk.safeguarding.concern.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A control character in a path or query parameter is a 400 naming it (platform ControlCharacterFilter), never a 500. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class ControlCharacterParametersTest {

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "GET,  /api/children/%00,                    URN-100001, dcpo,  childId",
            "GET,  /api/concerns/%00,                    URN-100001, dcpo,  concernId",
            "PUT,  /api/children/by-upn/B801200005001%00, URN-100001, dcpo,  upn",
            "GET,  /api/children?q=%00,                  URN-100001, dcpo,  q",
            "GET,  /api/concerns?status=RAISED%0A,       URN-100001, dcpo,  status"
    })
    void answers400NamingTheParameter(String method, String uri, String org, String role, String field) {
        given().auth().oauth2(TestTokens.token(org, role)).urlEncodingEnabled(false).contentType("application/json").body("{}")
                .when().request(method, uri).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo(field));
    }
}
