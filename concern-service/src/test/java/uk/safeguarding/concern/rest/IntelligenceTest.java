package uk.safeguarding.concern.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
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
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.concern.support.Api.as;

/** Intelligence: encrypted at rest, shown only to the setting's DCPO and police of a force it was referred to, never logged. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class IntelligenceTest {

    private static final String PLATE = "KX67 PLT";
    private static final String PERSON = "Tall man called Dex";
    private static final String PLACE = "Car park behind the Mill Street kebab shop";

    @Inject
    Fixtures fixtures;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        fixtures.world();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("").removeHandler(capture);
        assertThat(logged).noneMatch(line -> line.contains("KX67") || line.contains("Dex") || line.contains("Mill Street"));
    }

    private Map<String, Object> withIntelligence(UUID child) {
        Map<String, Object> body = Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        body.put("intelligence", Map.of(
                "vehicles", List.of(Map.of("reg", PLATE.toLowerCase(), "make", "Audi", "colour", "black", "seenAt", "2026-11-20T21:15:00Z"),
                        Map.of("reg", "KX6", "partial", true), Map.of("reg", "NOT A PLATE 99"), Map.of("make", "Ford")),
                "persons", List.of(Map.of("name", "Dex", "description", PERSON)),
                "locations", List.of(PLACE)));
        return body;
    }

    @Test
    void theAuditorListsOneChildsConcernsForSubjectAccessWithTheIntelligenceWithheldAndCounted() {
        String auditor = TestTokens.token(World.LA, "auditor");
        UUID child = Api.child(World.SCHOOL);
        UUID id = Api.concern(World.staff(World.SCHOOL), withIntelligence(child));
        UUID other = Api.child(World.SCHOOL_2);
        Api.concern(World.staff(World.SCHOOL_2), Bodies.concern(other, "EDUCATION_DISENGAGEMENT"));

        String body = as(auditor).queryParam("childId", child.toString()).when().get("/api/concerns").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].summary", notNullValue())
                .body("items[0].intelligence", nullValue())
                // 4 vehicles, 1 person, 1 location
                .body("items[0].intelligenceItemsWithheld", equalTo(6))
                .extract().asString();
        assertThat(body).doesNotContain("KX67", "Dex", "Mill Street");
        // Any setting's child (the auditor has no tenancy), but always one child: no childId is 400 naming it.
        as(auditor).queryParam("childId", other.toString()).when().get("/api/concerns").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].intelligenceItemsWithheld", equalTo(0));
        as(auditor).when().get("/api/concerns").then().statusCode(400).body("errors[0].field", equalTo("childId"));
        // Read-only and lists only: no concern by id, no writes.
        as(auditor).when().get("/api/concerns/" + id).then().statusCode(403);
        as(auditor).body(Bodies.concern(child, "EDUCATION_DISENGAGEMENT")).when().post("/api/concerns").then().statusCode(403);
        as(auditor).body(Map.of("indicators", List.of("EDUCATION_DISENGAGEMENT"))).when().post("/api/concerns/" + id + "/indicators")
                .then().statusCode(403);
        as(auditor).body(Bodies.decision("REFER", false)).when().post("/api/concerns/" + id + "/decision").then().statusCode(403);
        // Other readers keep their own views: the DCPO's list never carries the count.
        as(World.dcpo(World.SCHOOL)).queryParam("childId", child.toString()).when().get("/api/concerns").then().statusCode(200)
                .body("items[0].intelligenceItemsWithheld", nullValue());
    }

    @Test
    void shownToTheDcpoHiddenFromStaffEncryptedAtRest() {
        UUID child = Api.child(World.SCHOOL);
        // staff raise it but do not read it back
        String id = Api.raise(World.staff(World.SCHOOL), withIntelligence(child)).path("id");
        as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + id).then().statusCode(200).body("intelligence", nullValue());
        // A school MIS raises concerns but reads nothing back.
        as(World.mis(World.SCHOOL)).when().get("/api/concerns/" + id).then().statusCode(403);
        as(World.dcpo(World.SCHOOL)).queryParam("childId", child.toString()).when().get("/api/concerns").then()
                .body("items[0].intelligence", nullValue());

        as(World.dcpo(World.SCHOOL)).when().get("/api/concerns/" + id).then().statusCode(200)
                .body("intelligence.vehicles.reg", equalTo(java.util.Arrays.asList("KX67PLT", "KX6", "NOTAPLATE99", null)))
                .body("intelligence.vehicles.unverifiedFormat", equalTo(List.of(false, true, true, false)))
                .body("intelligence.vehicles[0].format", equalTo("CURRENT"))
                .body("intelligence.vehicles[0].make", equalTo("Audi"))
                .body("intelligence.vehicles[0].seenAt", equalTo("2026-11-20T21:15:00Z"))
                .body("intelligence.vehicles[1].partial", equalTo(true))
                .body("intelligence.persons[0].description", equalTo(PERSON))
                .body("intelligence.locations[0].text", equalTo(PLACE));

        List<Object> stored = fixtures.column("select content from concern_intelligence where concern_id = cast(?1 as uuid)", id);
        assertThat(stored).hasSize(6);
        assertThat(stored).allSatisfy(c -> assertThat((String) c).startsWith("v1:").doesNotContain("KX67", "Dex", "Mill", "Audi"));

        // neither the event nor the history carries it
        assertThat(Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_RAISED, "concernId", id)).toString())
                .doesNotContain("KX67", "Dex", "Mill");
        assertThat(as(World.dcpo(World.SCHOOL)).when().get("/api/concerns/" + id + "/history").then().extract().asString())
                .doesNotContain("KX67", "Dex", "Mill").contains("\"intelligenceItems\":6");
    }

    @Test
    void addedLaterByStaffOrDcpo() {
        UUID child = Api.child(World.HOME);
        String id = Api.raise(World.staff(World.HOME), Bodies.concern(child, "REL_ADULTS_LOITERING")).path("id");
        as(World.staff(World.HOME)).body(Map.of("vehicles", List.of(Map.of("reg", "a123 bcd")), "locations", List.of("Bus station")))
                .when().post("/api/concerns/" + id + "/intelligence").then().statusCode(200)
                .body("vehicles[0].reg", equalTo("A123BCD")).body("vehicles[0].format", equalTo("PREFIX"))
                .body("vehicles[0].unverifiedFormat", equalTo(false)).body("locations[0].text", equalTo("Bus station"));
        as(World.dcpo(World.HOME)).body(Map.of("persons", List.of(Map.of("description", "Older youth on a moped"))))
                .when().post("/api/concerns/" + id + "/intelligence").then().statusCode(200);
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id).then()
                .body("intelligence.vehicles.size()", equalTo(1)).body("intelligence.persons.size()", equalTo(1))
                .body("intelligence.locations.size()", equalTo(1));
        var event = Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.CONCERN_UPDATED.equals(e.path("type").asText())
                && id.equals(e.path("data").path("concernId").asText()) && "INTELLIGENCE_ADDED".equals(e.path("data").path("change").asText()));
        assertThat(event.toString()).doesNotContain("A123BCD", "Bus station");

        as(World.mis(World.HOME)).body(Map.of("locations", List.of("x"))).when().post("/api/concerns/" + id + "/intelligence").then().statusCode(403);
        as(World.police(World.POLICE)).body(Map.of("locations", List.of("x"))).when().post("/api/concerns/" + id + "/intelligence").then().statusCode(403);
        as(World.dcpo(World.HOME_2)).body(Map.of("locations", List.of("x"))).when().post("/api/concerns/" + id + "/intelligence").then().statusCode(404);
        as(World.dcpo(World.HOME)).body(Map.of()).when().post("/api/concerns/" + id + "/intelligence").then().statusCode(400)
                .body("errors.field", hasItem("body"));
        as(World.dcpo(World.HOME)).body(Map.of("vehicles", List.of(Map.of("colour", " ")))).when().post("/api/concerns/" + id + "/intelligence")
                .then().statusCode(400).body("errors.field", hasItem("vehicles[0]"));
    }

    @Test
    void policeOfAForceItWasReferredToSeeItUntilRevoked() {
        UUID child = Api.child(World.SCHOOL);
        String id = Api.raise(World.dcpo(World.SCHOOL), withIntelligence(child)).path("id");
        UUID concern = UUID.fromString(id);
        as(World.police(World.POLICE)).when().get("/api/concerns/" + id).then().statusCode(404);

        UUID policeReferral = UUID.randomUUID();
        UUID socialCareReferral = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_CREATED, child.toString(), new ReferralEvent(policeReferral, concern, child,
                World.SCHOOL, World.POLICE, "POLICE_FORCE", "POLICE", "PUBLIC_TASK", "NOT_SOUGHT", "PENDING", null, null, now.plusDays(1), false, now));
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_CREATED, child.toString(), new ReferralEvent(socialCareReferral, concern, child,
                World.SCHOOL, World.LA, "LOCAL_AUTHORITY", "SOCIAL_CARE", "PUBLIC_TASK", "NOT_SOUGHT", "PENDING", null, null, now.plusDays(1), false, now));

        Poll.until(() -> as(World.police(World.POLICE)).when().get("/api/concerns/" + id).then().extract().statusCode(),
                s -> s == 200, Duration.ofSeconds(30));
        as(World.police(World.POLICE)).when().get("/api/concerns/" + id).then()
                .body("intelligence.vehicles[0].reg", equalTo("KX67PLT")).body("intelligence.persons[0].description", equalTo(PERSON));
        as(World.police(World.POLICE)).queryParam("childId", child.toString()).when().get("/api/concerns").then()
                .body("items.id", equalTo(List.of(id))).body("items[0].intelligence", nullValue());
        as(World.police(World.POLICE)).when().get("/api/concerns/" + id + "/history").then().statusCode(200);
        as(World.police(World.POLICE)).when().get("/api/concerns/" + id + "/pathway.svg").then().statusCode(200);
        // another force, and social care (no intelligence for them)
        as(World.police(World.POLICE_2)).when().get("/api/concerns/" + id).then().statusCode(404);
        Poll.until(() -> as(World.socialWorker(World.LA)).when().get("/api/concerns/" + id).then().extract().statusCode(),
                s -> s == 200, Duration.ofSeconds(30));
        as(World.socialWorker(World.LA)).when().get("/api/concerns/" + id).then().body("intelligence", nullValue())
                .body("summary", equalTo(Bodies.concern(child).get("summary")));
        // police may not write to the setting's concern
        as(World.police(World.POLICE)).body(Map.of("indicators", List.of("HEALTH_PREGNANCY")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(403);

        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_REVOKED, child.toString(), new ReferralEvent(policeReferral, concern, child,
                World.SCHOOL, World.POLICE, "POLICE_FORCE", "POLICE", "PUBLIC_TASK", "NOT_SOUGHT", "REVOKED", "PENDING", null,
                now.plusDays(1), false, now.plusSeconds(1)));
        Poll.until(() -> as(World.police(World.POLICE)).when().get("/api/concerns/" + id).then().extract().statusCode(),
                s -> s == 404, Duration.ofSeconds(30));
        as(World.socialWorker(World.LA)).when().get("/api/concerns/" + id).then().statusCode(200);
    }
}
