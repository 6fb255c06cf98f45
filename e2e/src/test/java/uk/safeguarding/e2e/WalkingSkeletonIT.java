package uk.safeguarding.e2e;

import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.devstack.Stack;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.asMis;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * The thinnest real slice of the data flow, through the gateway with real Keycloak tokens:
 * a concern raised → concern-service → outbox → Kafka → notification-service → packet fetched
 * with the notifier token → a delivery an ops user reads (metadata only).
 */
@ExtendWith(StackExtension.class)
class WalkingSkeletonIT {

    @Test
    void aRaisedConcernReachesNotificationServiceAndOpsSeesTheDelivery() {
        String upn = "E801200005003";
        String childId = asMis().body(Map.of("givenName", "Casey", "familyName", "Walkthrough", "dateOfBirth", "2011-04-02",
                        "dateOfBirthEstimated", false, "gender", "FEMALE", "upn", upn, "settingOrgId", "URN-100001",
                        "lookedAfter", false, "vulnerabilities", List.of()))
                .when().put("/api/children/by-upn/" + upn)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");

        Response raised = as("staff.hillside").body(Map.of("childId", childId,
                        "observedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString(),
                        "summary", "Seen getting into a car with an unknown adult after school",
                        "indicators", List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"),
                        "consentFactors", Map.of("sexualActivityKnownOrSuspected", false)))
                .when().post("/api/concerns");
        raised.then().statusCode(201).header("Location", notNullValue()).body("status", equalTo("RAISED"))
                .body("riskLevel", equalTo("HIGH"));
        String concernId = raised.path("id");

        List<ConsumerRecord<String, String>> events = Fixtures.await("safeguarding.concerns",
                r -> r.value().contains(concernId) && r.value().contains("concern.raised"), Duration.ofSeconds(30));
        assertThat(events).as("concern.raised on Kafka").isNotEmpty();
        String event = events.get(0).value();
        assertThat(events.get(0).key()).isEqualTo(childId);
        assertThat(event).doesNotContain("Casey", "Walkthrough", "2011-04-02", upn, "unknown adult");

        eventually(Duration.ofSeconds(60), () -> {
            String deliveries = as("ops.user").when().get("/api/deliveries")
                    .then().statusCode(200).extract().asString();
            assertThat(deliveries).contains("URN-100001").contains("concern.raised");
            assertThat(deliveries).doesNotContain("Casey", "Walkthrough", upn, "unknown adult");
        });
    }

    @Test
    void internalPathsAreNotRoutedAndTokensAreRequired() {
        as("ops.user").when().get("/internal/concerns/" + UUID.randomUUID() + "/packet?recipientType=POLICE")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/concerns").then().statusCode(401);
    }

    @Test
    void everyServiceAnswersHealthAndMetricsOnItsManagementPortAndOpenApiOnItsPublicPort() {
        for (Stack.Service service : Stack.SERVICES) {
            String base = "http://localhost:" + service.port();
            String management = "http://localhost:" + service.managementPort();
            given().baseUri(management).when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(management).when().get("/q/metrics").then().statusCode(200);
            given().baseUri(base).when().get("/q/openapi").then().statusCode(200);
            // Contract section 1: never on the public port.
            given().baseUri(base).when().get("/q/health").then().statusCode(404);
            given().baseUri(base).when().get("/q/metrics").then().statusCode(404);
            if (service.database() != null) {
                // The event catalogue, served by every service that produces or consumes events.
                given().baseUri(base).when().get("/asyncapi.yaml").then().statusCode(200)
                        .body(org.hamcrest.Matchers.containsString("asyncapi: 3.0.0"));
            }
        }
    }
}
