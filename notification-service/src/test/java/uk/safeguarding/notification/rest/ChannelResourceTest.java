package uk.safeguarding.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.notification.testing.Fixtures.unique;

/** PUT /api/agencies/{orgId}/channel and rotate-secret: admin only, secrets shown once and encrypted at rest. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class ChannelResourceTest {

    static final String ADMIN = TestTokens.token("ADMIN-ORG", "admin");

    @Inject
    EntityManager em;

    private static Response put(String org, Object body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when().put("/api/agencies/{org}/channel", org);
    }

    @Test
    void a_new_channel_gets_a_generated_secret_once_and_it_is_stored_encrypted() {
        String org = unique("LA");
        String url = Stub.get().hookUrl("channel-" + org);
        Response created = put(org, Map.of("webhookUrl", url));
        created.then().statusCode(201)
                .header("Location", endsWith("/api/agencies/" + org + "/channel"))
                .header("ETag", equalTo("\"0\""))
                .body("orgId", equalTo(org)).body("webhookUrl", equalTo(url)).body("channel", equalTo("WEBHOOK"));
        String secret = created.path("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);

        given().auth().oauth2(ADMIN).when().get("/api/agencies/{org}/channel", org)
                .then().statusCode(200).body("secret", nullValue()).body("webhookUrl", equalTo(url)).header("ETag", equalTo("\"0\""));

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select secret, coalesce(previous_secret, '') from agency_channel where org_id = ?1").setParameter(1, org).getSingleResult());
        assertThat(stored[0].toString()).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.substring(6));
    }

    @Test
    void updates_keep_the_secret_and_honour_if_match() {
        String org = unique("POL");
        put(org, Map.of()).then().statusCode(201).body("channel", equalTo("INBOX")).body("webhookUrl", nullValue());
        String url = Stub.get().hookUrl("channel-" + org);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("webhookUrl", url))
                .when().put("/api/agencies/{org}/channel", org).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("webhookUrl", url))
                .when().put("/api/agencies/{org}/channel", org)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("secret", nullValue()).body("channel", equalTo("WEBHOOK"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("webhookUrl", url))
                .when().put("/api/agencies/{missing}/channel", unique("NONE")).then().statusCode(412);

        // A secret the admin chose is accepted and not echoed.
        String chosen = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
        put(org, Map.of("webhookUrl", url, "secret", chosen)).then().statusCode(200).body("secret", nullValue());
    }

    @Test
    void rotation_returns_a_new_secret_and_keeps_the_old_one_signing_for_24_hours() {
        String org = unique("LA");
        String first = put(org, Map.of("webhookUrl", Stub.get().hookUrl("rot-" + org))).then().statusCode(201).extract().path("secret");
        Response rotated = given().auth().oauth2(ADMIN).when().post("/api/agencies/{org}/channel/rotate-secret", org);
        rotated.then().statusCode(200).header("ETag", equalTo("\"1\""));
        String second = rotated.path("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        OffsetDateTime until = OffsetDateTime.parse(rotated.path("previousSecretExpiresAt"));
        assertThat(until).isBetween(OffsetDateTime.now().plusHours(23), OffsetDateTime.now().plusHours(25));
        given().auth().oauth2(ADMIN).when().post("/api/agencies/{org}/channel/rotate-secret", unique("NONE")).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://agency.example/hook", "not a url", "/relative/hook", "http://agency.example/hook",
            "https://10.0.0.5/hook", "https://192.168.0.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/hook", "https://user:pass@agency.example/hook", "https://agency.example/hook#frag"})
    void refuses_webhook_urls_that_are_not_public_https(String url) {
        put(unique("LA"), Map.of("webhookUrl", url)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("webhookUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_123", "whsec_", "whsec_AAAA", "whsec_%%%%"})
    void refuses_malformed_secrets_without_echoing_them(String secret) {
        String detail = put(unique("LA"), Map.of("secret", secret)).then().statusCode(400)
                .body("errors[0].field", equalTo("secret")).extract().asString();
        assertThat(detail).doesNotContain(secret.length() > 6 ? secret : "\"" + secret + "\"");
    }

    @Test
    void validation_of_fields_and_identifiers() {
        put(unique("LA"), Map.of("webhookUrl", "https://agency.example/hook", "colour", "blue"))
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        put("bad org id!", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("orgId"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"webhookUrl\": 12}")
                .when().put("/api/agencies/{org}/channel", unique("LA")).then().statusCode(400);
    }

    @Test
    void only_admin_may_manage_channels() {
        String org = unique("LA");
        for (String token : List.of(TestTokens.token("OPS-ORG", "ops"), TestTokens.token("AUD-ORG", "auditor"),
                TestTokens.token(org, "social-worker"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of()).when().put("/api/agencies/{org}/channel", org)
                    .then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/agencies/{org}/channel/rotate-secret", org).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of()).when().put("/api/agencies/{org}/channel", org).then().statusCode(401);
    }

    @Test
    void an_idempotent_replay_repeats_the_result_but_never_the_secret_which_is_not_kept_in_clear() {
        String org = unique("LA");
        String key = unique("key");
        Map<String, String> body = Map.of("webhookUrl", Stub.get().hookUrl("idem-" + org));
        Response first = given().auth().oauth2(ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().put("/api/agencies/{org}/channel", org);
        first.then().statusCode(201);
        String secret = first.path("secret");
        assertThat(secret).startsWith("whsec_");

        given().auth().oauth2(ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().put("/api/agencies/{org}/channel", org)
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/agencies/" + org + "/channel"))
                .body("orgId", equalTo(org)).body("secret", nullValue()).body("secretWithheld", equalTo(true));
        given().auth().oauth2(ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/agencies/{org}/channel", org).then().statusCode(409);

        long clear = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_record where response_body like ?1").setParameter(1, "%" + secret.substring(6, 20) + "%")
                .getSingleResult()).longValue());
        assertThat(clear).isZero();
    }
}
