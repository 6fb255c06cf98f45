package uk.safeguarding.platform.idempotency;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.testapp.PlatformTestBase;
import uk.safeguarding.platform.testapp.Widget;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform_test"))
class IdempotencyTest {

    private final String alice = TestTokens.builder(PlatformTestBase.SCHOOL, "staff").subject("alice").build();
    private final String bob = TestTokens.builder(PlatformTestBase.SCHOOL, "staff").subject("bob").build();

    @BeforeEach
    void orgs() {
        PlatformTestBase.organisations();
    }

    private Response create(String token, String key, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\":\"" + name + "\",\"colour\":\"GREEN\"}").when().post("/api/widgets");
    }

    @Test
    void theSameKeyAndBodyAgainReturnsTheFirstResultAndWritesNothingNew() {
        String key = UUID.randomUUID().toString();
        Response first = create(alice, key, "once");
        first.then().statusCode(201);
        long widgets = Widget.count();
        Response again = create(alice, key, "once");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertThat(Widget.count()).isEqualTo(widgets);
    }

    @Test
    void theRememberedResponseIsEncryptedAtRest() {
        create(alice, UUID.randomUUID().toString(), "sealed-name").then().statusCode(201);
        java.util.List<?> bodies = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                Widget.getEntityManager().createNativeQuery("select response_body from idempotency_record where response_body is not null")
                        .getResultList());
        assertThat(bodies).isNotEmpty().allSatisfy(b -> assertThat((String) b).startsWith("v1:").doesNotContain("sealed-name"));
    }

    @Test
    void whiteSpaceDoesNotMakeAnotherBody() {
        String key = UUID.randomUUID().toString();
        String id = create(alice, key, "spaced").then().statusCode(201).extract().path("id");
        given().auth().oauth2(alice).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{ \"name\" : \"spaced\",\n \"colour\" : \"GREEN\" }").when().post("/api/widgets")
                .then().statusCode(201).body("id", equalTo(id));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        create(alice, key, "first").then().statusCode(201);
        create(alice, key, "second").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anotherCallersKeyMeansNothingToYou() {
        String key = UUID.randomUUID().toString();
        String aliceId = create(alice, key, "shared").then().statusCode(201).extract().path("id");
        String bobId = create(bob, key, "shared").then().statusCode(201).extract().path("id");
        assertThat(bobId).isNotEqualTo(aliceId);
    }

    @Test
    void aRefusedRequestIsRememberedAsRefused() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(alice).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"colour\":\"GREEN\"}").when().post("/api/widgets").then().statusCode(400);
        given().auth().oauth2(alice).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"colour\":\"GREEN\"}").when().post("/api/widgets").then().statusCode(400)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void anOverlongKeyIsRefused() {
        create(alice, "k".repeat(256), "x").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
