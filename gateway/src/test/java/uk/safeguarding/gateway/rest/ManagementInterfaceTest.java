package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.net.URL;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Contract section 1: /q/health and /q/metrics on the management interface only (9080 in a deployment),
 * 404 on the public port; HTTP metrics by path template, never a raw path with an id in it.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class ManagementInterfaceTest {

    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics; // the management root (/q) is part of the URL

    @TestHTTPResource(value = "/health/ready", management = true)
    URL health;

    @Test
    void thePublicPortAnswers404ForHealthAndMetricsButServesOpenApi() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().when().get(path).then().statusCode(404);
        }
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theManagementInterfaceServesHealthAndMetrics() {
        given().when().get(health).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(metrics).then().statusCode(200);
    }

    @Test
    void proxiedRequestsAreCountedByPathTemplateNeverByTheirIds() {
        StubUpstreams.get().reset();
        String token = TestTokens.token("URN-100001", "dcpo");
        UUID child = UUID.randomUUID();
        UUID concern = UUID.randomUUID();
        given().auth().oauth2(token).when().get("/api/children/" + child).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/concerns/" + concern + "/referrals").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/organisations/URN-100001").then().statusCode(200);
        given().when().get("/no-such-thing/" + UUID.randomUUID()).then().statusCode(404);

        String scrape = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scrape).contains("http_server_requests_seconds_count")
                .contains("uri=\"/api/children/{id}\"")
                .contains("uri=\"/api/concerns/{id}/referrals\"");
        assertThat(UUID_PATTERN.matcher(scrape).find()).as("a UUID in a metric label").isFalse();
        assertThat(scrape).doesNotContain(child.toString()).doesNotContain(concern.toString()).doesNotContain("URN-100001");
    }
}
