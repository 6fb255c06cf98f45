package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.concern.support.Api;
import uk.safeguarding.concern.support.Bodies;
import uk.safeguarding.concern.support.Fixtures;
import uk.safeguarding.concern.support.Kafka;
import uk.safeguarding.concern.support.Poll;
import uk.safeguarding.concern.support.World;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.concern.support.Api.as;

/** missing.pattern-detected: an indicator on the child's open concern, or a concern raised by "system". */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class MissingPatternTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    private static String pattern(String eventId, UUID child, String code, String rule) {
        return Kafka.publish(Topics.MISSING, eventId, EventTypes.MISSING_PATTERN_DETECTED, child.toString(),
                new PatternDetectedEvent(child, World.HOME, code, rule, List.of(UUID.randomUUID()), false, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @Test
    void onAReferredConcernTheAgenciesHearOfIt() {
        UUID child = Api.child(World.staff(World.HOME), Bodies.childAged(World.HOME, 15));
        UUID id = Api.concern(World.staff(World.HOME), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        Api.decide(World.dcpo(World.HOME), id, Bodies.decision("REFER", false)).statusCode();

        String eventId = UUID.randomUUID().toString();
        pattern(eventId, child, "MISSING_LONG_PERIODS_NO_BASE", "AWAY_24H_WHEREABOUTS_UNKNOWN");
        JsonNode updated = Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.CONCERN_UPDATED.equals(e.path("type").asText())
                && id.toString().equals(e.path("data").path("concernId").asText()));
        assertThat(updated.path("data").path("change").asText()).isEqualTo("INDICATOR_ADDED");
        assertThat(updated.path("data").path("status").asText()).isEqualTo("REFERRED");
        assertThat(updated.path("data").path("addedIndicators").toString()).isEqualTo("[\"MISSING_LONG_PERIODS_NO_BASE\"]");
        assertThat(updated.path("data").path("riskLevel").asText()).isEqualTo("HIGH");
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id).then().body("riskLevel", equalTo("HIGH"))
                .body("riskScore", equalTo(4)).body("indicators.find { it.code == 'MISSING_LONG_PERIODS_NO_BASE' }.source", equalTo("PATTERN"));

        // the same event again (at-least-once delivery) has its effect once
        pattern(eventId, child, "MISSING_LONG_PERIODS_NO_BASE", "AWAY_24H_WHEREABOUTS_UNKNOWN");
        // a later, different pattern proves the first redelivery was consumed before it
        pattern(UUID.randomUUID().toString(), child, "MISSING_FOUND_NO_KNOWN_LINKS", "NO_KNOWN_LINKS");
        Poll.until(() -> as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id).then().extract().<List<String>>path("indicators.code"),
                codes -> codes.contains("MISSING_FOUND_NO_KNOWN_LINKS"), Duration.ofSeconds(30));
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id + "/history").then()
                .body("findAll { it.action == 'INDICATORS_ADDED' }.size()", equalTo(2))
                .body("findAll { it.action == 'INDICATORS_ADDED' }.actor", equalTo(List.of("system", "system")));
        assertThat(fixtures.column("select count(*) from processed_event where handler = 'missing-patterns' and event_id = ?1", eventId))
                .containsExactly(1L);
    }

    @Test
    void withNoOpenConcernTheSystemRaisesOne() {
        UUID child = Api.child(World.staff(World.HOME), Bodies.childAged(World.HOME, 14));
        UUID closed = Api.concern(World.staff(World.HOME), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        Api.decide(World.dcpo(World.HOME), closed, Bodies.decision("NO_FURTHER_ACTION", false)).statusCode();

        pattern(UUID.randomUUID().toString(), child, "MISSING_PERSISTENT", "THREE_IN_90_DAYS");
        JsonNode raised = Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.CONCERN_RAISED.equals(e.path("type").asText())
                && child.toString().equals(e.path("data").path("childId").asText()) && "system".equals(e.path("data").path("raisedBy").asText()));
        String id = raised.path("data").path("concernId").asText();
        assertThat(raised.path("data").path("status").asText()).isEqualTo("RAISED");
        assertThat(raised.path("data").path("indicatorCodes").toString()).isEqualTo("[\"MISSING_PERSISTENT\"]");
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id).then().statusCode(200)
                .body("raisedBy", equalTo("system")).body("status", equalTo("RAISED")).body("riskScore", equalTo(2))
                .body("indicators[0].source", equalTo("PATTERN"));
        as(World.dcpo(World.HOME)).queryParam("childId", child.toString()).queryParam("status", "RAISED").when().get("/api/concerns")
                .then().body("items.id", equalTo(List.of(id)));
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id + "/history").then()
                .body("[0].action", equalTo("RAISED")).body("[0].actor", equalTo("system"));
        // the DCPO triages it like any other
        as(World.dcpo(World.HOME)).body(Bodies.decision("REFER", false)).when().post("/api/concerns/" + id + "/decision").then()
                .statusCode(200);
    }

    @Test
    void aPatternForAChildThisServiceDoesNotHoldIsIgnored() {
        UUID stranger = UUID.randomUUID();
        String eventId = pattern(UUID.randomUUID().toString(), stranger, "MISSING_PERSISTENT", "THREE_IN_90_DAYS");
        Poll.until(() -> fixtures.column("select count(*) from processed_event where event_id = ?1", eventId),
                rows -> rows.get(0).equals(1L), Duration.ofSeconds(30));
        assertThat(fixtures.column("select count(*) from concern where child_id = cast(?1 as uuid)", stranger.toString())).containsExactly(0L);
    }
}
