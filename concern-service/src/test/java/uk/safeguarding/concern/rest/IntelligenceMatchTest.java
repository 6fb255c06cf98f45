package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.testing.ServiceTestResource;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.safeguarding.concern.support.Api.as;

/**
 * Intelligence matching (contract section 11) on the real database and broker: the police of the
 * force a concern was referred to see a match of two children's concerns; anyone else 403, another
 * force 404; the event carries no value; an unreferred concern's DCPO is prompted.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class IntelligenceMatchTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MEMORY = "ABCDEFGHJKLMNOPRSTUVWXY";
    private static final String RANDOM_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ";

    @Inject
    Fixtures fixtures;
    @Inject
    uk.safeguarding.concern.service.IntelligenceMatcher matcher;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    /** A fresh plate of the current format, so tests sharing the database never meet. */
    static String plate() {
        StringBuilder b = new StringBuilder();
        b.append(MEMORY.charAt(RANDOM.nextInt(MEMORY.length()))).append(MEMORY.charAt(RANDOM.nextInt(MEMORY.length())));
        b.append(RANDOM.nextInt(10)).append(RANDOM.nextInt(10)).append(' ');
        for (int i = 0; i < 3; i++) {
            b.append(RANDOM_LETTERS.charAt(RANDOM.nextInt(RANDOM_LETTERS.length())));
        }
        return b.toString();
    }

    private static UUID concernWith(String setting, UUID child, Map<String, Object> intelligence) {
        Map<String, Object> body = Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        body.put("intelligence", intelligence);
        return Api.concern(World.staff(setting), body);
    }

    private static Map<String, Object> car(String reg) {
        return Map.of("vehicles", List.of(Map.of("reg", reg, "make", "Audi", "colour", "black")));
    }

    /** As referral-service announces it: a referral of the concern to the force. */
    private static UUID refer(UUID concern, UUID child, String setting, String force) {
        UUID referral = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_CREATED, child.toString(), new ReferralEvent(referral, concern, child,
                setting, force, "POLICE_FORCE", "POLICE", "PUBLIC_TASK", "NOT_SOUGHT", "PENDING", null, null, now.plusDays(1), false, now));
        return referral;
    }

    private static void revoke(UUID referral, UUID concern, UUID child, String setting, String force) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_REVOKED, child.toString(), new ReferralEvent(referral, concern, child,
                setting, force, "POLICE_FORCE", "POLICE", "PUBLIC_TASK", "NOT_SOUGHT", "REVOKED", "PENDING", null, now, false, now));
    }

    private static Optional<Map<String, Object>> matchOf(String force, String value) {
        List<Map<String, Object>> items = as(World.police(force)).queryParam("size", "200").when().get("/api/intelligence/matches")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(m -> value.equals(m.get("value"))).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitMatch(String force, String value, int concerns) {
        return Poll.until(() -> matchOf(force, value), m -> m.isPresent() && ((List<Object>) m.get().get("concerns")).size() == concerns,
                Duration.ofSeconds(30)).orElseThrow();
    }

    private static void assertNoRecordCarries(String... values) {
        for (String topic : List.of(Topics.CONCERNS, Topics.REFERRALS, Topics.CHILDREN)) {
            List<JsonNode> carrying = Kafka.await(topic, e -> {
                String s = e.toString().toUpperCase().replace(" ", "");
                for (String v : values) {
                    if (s.contains(v.toUpperCase().replace(" ", ""))) {
                        return true;
                    }
                }
                return false;
            }, 1, Duration.ofSeconds(3));
            assertThat(carrying).as("records on " + topic + " carrying the value").isEmpty();
        }
    }

    @Test
    void theSameCarTypedDifferentlyOnTwoChildrenReferredToOneForceIsAMatchOnlyThatForceSees() {
        String reg = plate();
        String normalised = reg.replace(" ", "");
        UUID childA = Api.child(World.SCHOOL);
        UUID childB = Api.child(World.HOME);
        UUID concernA = concernWith(World.SCHOOL, childA, car(reg.toLowerCase()));
        UUID concernB = concernWith(World.HOME, childB, car(" " + normalised.substring(0, 2) + " " + normalised.substring(2) + " "));
        UUID referralA = refer(concernA, childA, World.SCHOOL, World.POLICE);
        UUID referralB = refer(concernB, childB, World.HOME, World.POLICE);

        Map<String, Object> match = awaitMatch(World.POLICE, normalised, 2);
        String id = (String) match.get("id");
        JsonPath one = as(World.police(World.POLICE)).when().get("/api/intelligence/matches/" + id).then().statusCode(200)
                .body("kind", equalTo("VEHICLE")).body("value", equalTo(normalised)).extract().jsonPath();
        assertThat(one.getList("concerns.concernId")).containsExactlyInAnyOrder(concernA.toString(), concernB.toString());
        assertThat(one.getList("concerns.childId")).containsExactlyInAnyOrder(childA.toString(), childB.toString());
        assertThat(one.getList("concerns.settingOrgId")).containsExactlyInAnyOrder(World.SCHOOL, World.HOME);
        assertThat(one.getList("concerns.referralId")).containsExactlyInAnyOrder(referralA.toString(), referralB.toString());
        assertThat(one.getList("concerns.firstSeenAt")).doesNotContainNull();
        assertThat(one.getString("createdAt")).isNotNull();

        // The event: ids, force, kind and count, keyed by the force; never the registration, on any topic.
        JsonNode event = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.INTELLIGENCE_MATCH_DETECTED, "matchId", id));
        assertThat(event.path("_key").asText()).isEqualTo(World.POLICE);
        assertThat(event.path("data").path("forceOrgId").asText()).isEqualTo(World.POLICE);
        assertThat(event.path("data").path("kind").asText()).isEqualTo("VEHICLE");
        assertThat(event.path("data").path("concerns").asInt()).isEqualTo(2);
        assertThat(event.path("data").path("change").asText()).isEqualTo("CREATED");
        assertNoRecordCarries(normalised);
        List<Object> keys = fixtures.column("select match_key from concern_intelligence where concern_id = cast(?1 as uuid)", concernA.toString());
        assertThat(keys).hasSize(1).allSatisfy(k -> assertThat((String) k).hasSize(64).doesNotContain(normalised));
        assertThat(fixtures.column("select value from intelligence_match where id = cast(?1 as uuid)", id))
                .allSatisfy(v -> assertThat((String) v).startsWith("v1:").doesNotContain(normalised));

        // Tenancy: another force 404; roles that never see matches 403; a malformed id 400.
        as(World.police(World.POLICE_2)).when().get("/api/intelligence/matches/" + id).then().statusCode(404);
        assertThat(matchOf(World.POLICE_2, normalised)).isEmpty();
        as(World.dcpo(World.SCHOOL)).when().get("/api/intelligence/matches").then().statusCode(403);
        as(World.dcpo(World.SCHOOL)).when().get("/api/intelligence/matches/" + id).then().statusCode(403);
        as(World.socialWorker(World.LA)).when().get("/api/intelligence/matches").then().statusCode(403);
        as(World.ofsted()).when().get("/api/intelligence/matches").then().statusCode(403);
        as(World.notifier()).when().get("/api/intelligence/matches").then().statusCode(403);
        // a police role on an organisation that is not a force counts for nothing
        as(World.police(World.SCHOOL)).when().get("/api/intelligence/matches").then().statusCode(403);
        given().when().get("/api/intelligence/matches").then().statusCode(401);
        as(World.police(World.POLICE)).when().get("/api/intelligence/matches/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("id"));
        as(World.police(World.POLICE)).when().get("/api/intelligence/matches/" + UUID.randomUUID()).then().statusCode(404);
        as(World.police(World.POLICE)).queryParam("size", "201").when().get("/api/intelligence/matches").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as(World.police(World.POLICE)).queryParam("page", "x").when().get("/api/intelligence/matches").then().statusCode(400);

        // The packet for notification-service: the match for police; nothing for anyone else.
        given().auth().oauth2(World.notifier()).when().get("/internal/intelligence/matches/" + id + "/packet?recipientType=POLICE").then()
                .statusCode(200).body("packetType", equalTo("INTELLIGENCE_MATCH")).body("active", equalTo(true))
                .body("fieldsDisclosed", hasItem("INTELLIGENCE")).body("data.value", equalTo(normalised))
                .body("data.concerns.size()", equalTo(2));
        String forSocialCare = given().auth().oauth2(World.notifier()).when()
                .get("/internal/intelligence/matches/" + id + "/packet?recipientType=LOCAL_AUTHORITY").then().statusCode(200)
                .body("active", equalTo(false)).body("fieldsDisclosed.size()", equalTo(0)).extract().asString();
        assertThat(forSocialCare).doesNotContain(normalised, childA.toString());
        as(World.police(World.POLICE)).when().get("/internal/intelligence/matches/" + id + "/packet?recipientType=POLICE").then().statusCode(403);
        given().auth().oauth2(World.notifier()).when().get("/internal/intelligence/matches/" + id + "/packet").then().statusCode(400);

        // A third child's concern grows the same match, announced again.
        UUID childC = Api.child(World.SCHOOL);
        UUID concernC = concernWith(World.SCHOOL, childC, Map.of());
        as(World.staff(World.SCHOOL)).body(car(normalised)).when().post("/api/concerns/" + concernC + "/intelligence").then().statusCode(200);
        refer(concernC, childC, World.SCHOOL, World.POLICE);
        assertThat(awaitMatch(World.POLICE, normalised, 3).get("id")).isEqualTo(id);
        JsonNode grew = Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.INTELLIGENCE_MATCH_DETECTED.equals(e.path("type").asText())
                && id.equals(e.path("data").path("matchId").asText()) && e.path("data").path("concerns").asInt() == 3);
        assertThat(grew.path("data").path("change").asText()).isEqualTo("GREW");
        assertThat(fixtures.column("select count(*) from intelligence_match where value is not null and force_org_id = ?1 "
                + "and id = cast(?2 as uuid)", World.POLICE, id)).containsExactly(1L);

        // Revoked referrals disclose nothing more: their concerns leave the match; one child left is no match.
        revoke(referralB, concernB, childB, World.HOME, World.POLICE);
        awaitMatch(World.POLICE, normalised, 2);
        revoke(referralA, concernA, childA, World.SCHOOL, World.POLICE);
        Poll.until(() -> matchOf(World.POLICE, normalised), Optional::isEmpty, Duration.ofSeconds(30));
        as(World.police(World.POLICE)).when().get("/api/intelligence/matches/" + id).then().statusCode(404);
        given().auth().oauth2(World.notifier()).when().get("/internal/intelligence/matches/" + id + "/packet?recipientType=POLICE").then()
                .statusCode(200).body("active", equalTo(false));
    }

    @Test
    void namesMatchWhateverTheCaseAndSpacingWhenIntelligenceIsAddedToAReferredConcern() {
        String name = "Dex " + UUID.randomUUID().toString().substring(0, 8);
        UUID childA = Api.child(World.SCHOOL);
        UUID childB = Api.child(World.SCHOOL);
        UUID concernA = concernWith(World.SCHOOL, childA, Map.of("persons", List.of(Map.of("name", name, "description", "Older man"))));
        UUID concernB = concernWith(World.SCHOOL, childB, Map.of("locations", List.of("Bus station")));
        refer(concernA, childA, World.SCHOOL, World.POLICE);
        refer(concernB, childB, World.SCHOOL, World.POLICE);
        Poll.until(() -> as(World.police(World.POLICE)).when().get("/api/concerns/" + concernB).then().extract().statusCode(),
                s -> s == 200, Duration.ofSeconds(30));
        // stored on a concern already referred: matched at once
        as(World.dcpo(World.SCHOOL)).body(Map.of("persons", List.of(Map.of("name", "  " + name.toUpperCase().replace(" ", "   ") + " ",
                "description", "Drives a black car")))).when().post("/api/concerns/" + concernB + "/intelligence").then().statusCode(200);
        Map<String, Object> match = Poll.until(() -> matchOf(World.POLICE, name), Optional::isPresent, Duration.ofSeconds(30)).orElseThrow();
        assertThat(match.get("kind")).isEqualTo("PERSON");
        assertNoRecordCarries(name, name.substring(4));
    }

    @Test
    void anErasedChildLeavesEveryMatch() {
        String reg = plate();
        String normalised = reg.replace(" ", "");
        UUID childA = Api.child(World.SCHOOL);
        UUID childB = Api.child(World.SCHOOL);
        refer(concernWith(World.SCHOOL, childA, car(reg)), childA, World.SCHOOL, World.POLICE);
        refer(concernWith(World.SCHOOL, childB, car(reg)), childB, World.SCHOOL, World.POLICE);
        String id = (String) awaitMatch(World.POLICE, normalised, 2).get("id");

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> matcher.forgetChild(childA));
        assertThat(matchOf(World.POLICE, normalised)).isEmpty();
        as(World.police(World.POLICE)).when().get("/api/intelligence/matches/" + id).then().statusCode(404);
        assertThat(fixtures.column("select count(*) from intelligence_match_concern where child_id = cast(?1 as uuid)", childA.toString()))
                .containsExactly(0L);
    }

    @Test
    void theSameChildTwiceAndPartialOrUnverifiedPlatesAreNoMatch() {
        String reg = plate();
        UUID child = Api.child(World.SCHOOL);
        UUID first = concernWith(World.SCHOOL, child, car(reg));
        UUID second = concernWith(World.SCHOOL, child, car(reg));
        refer(first, child, World.SCHOOL, World.POLICE);
        refer(second, child, World.SCHOOL, World.POLICE);

        String partial = reg.substring(0, 4);
        UUID childA = Api.child(World.SCHOOL);
        UUID childB = Api.child(World.HOME);
        Map<String, Object> partialCar = Map.of("vehicles", List.of(Map.of("reg", partial, "partial", true),
                Map.of("reg", "NOT A PLATE " + partial)));
        UUID concernA = concernWith(World.SCHOOL, childA, partialCar);
        UUID concernB = concernWith(World.HOME, childB, partialCar);
        refer(concernA, childA, World.SCHOOL, World.POLICE);
        refer(concernB, childB, World.HOME, World.POLICE);

        // A control pair, referred after the others: once it is matched, the others have been processed.
        String control = plate();
        UUID childX = Api.child(World.SCHOOL);
        UUID childY = Api.child(World.SCHOOL);
        refer(concernWith(World.SCHOOL, childX, car(control)), childX, World.SCHOOL, World.POLICE);
        refer(concernWith(World.SCHOOL, childY, car(control)), childY, World.SCHOOL, World.POLICE);
        awaitMatch(World.POLICE, control.replace(" ", ""), 2);

        assertThat(matchOf(World.POLICE, reg.replace(" ", ""))).isEmpty();
        assertThat(matchOf(World.POLICE, partial)).isEmpty();
        assertThat(matchOf(World.POLICE, "NOTAPLATE" + partial)).isEmpty();
        assertThat(fixtures.column("select count(*) from concern_intelligence where concern_id = cast(?1 as uuid) and match_key is null",
                concernA.toString())).containsExactly(2L);
    }

    @Test
    void aConcernNotReferredToPoliceWhoseCarItsAreasForceHoldsPromptsItsDcpoOnce() {
        String reg = plate();
        String normalised = reg.replace(" ", "");
        UUID referredChild = Api.child(World.HOME);
        UUID referred = concernWith(World.HOME, referredChild, car(reg));
        refer(referred, referredChild, World.HOME, World.POLICE);
        Poll.until(() -> as(World.police(World.POLICE)).when().get("/api/concerns/" + referred).then().extract().statusCode(),
                s -> s == 200, Duration.ofSeconds(30));

        // Northshire Academy's force is the one holding the car; Southshire High's is another.
        UUID child = Api.child(World.SCHOOL);
        UUID unreferred = concernWith(World.SCHOOL, child, car(normalised));
        UUID elsewhereChild = Api.child(World.SCHOOL_2);
        UUID elsewhere = concernWith(World.SCHOOL_2, elsewhereChild, car(normalised));

        JsonNode prompt = Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.CONCERN_UPDATED.equals(e.path("type").asText())
                && unreferred.toString().equals(e.path("data").path("concernId").asText())
                && "POLICE_INTELLIGENCE_MATCH".equals(e.path("data").path("change").asText()));
        assertThat(prompt.path("data").path("settingOrgId").asText()).isEqualTo(World.SCHOOL);
        assertThat(prompt.toString()).doesNotContain(referred.toString(), referredChild.toString(), World.HOME, normalised);

        // once per value: the same car again prompts no more
        as(World.dcpo(World.SCHOOL)).body(car(reg)).when().post("/api/concerns/" + unreferred + "/intelligence").then().statusCode(200);
        Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.CONCERN_UPDATED.equals(e.path("type").asText())
                && unreferred.toString().equals(e.path("data").path("concernId").asText())
                && "INTELLIGENCE_ADDED".equals(e.path("data").path("change").asText()));
        assertThat(Kafka.await(Topics.CONCERNS, e -> "POLICE_INTELLIGENCE_MATCH".equals(e.path("data").path("change").asText())
                && unreferred.toString().equals(e.path("data").path("concernId").asText()), 2, Duration.ofSeconds(3))).hasSize(1);
        assertThat(Kafka.await(Topics.CONCERNS, e -> "POLICE_INTELLIGENCE_MATCH".equals(e.path("data").path("change").asText())
                && elsewhere.toString().equals(e.path("data").path("concernId").asText()), 1, Duration.ofSeconds(3))).isEmpty();
        // one concern of a match is no match
        assertThat(matchOf(World.POLICE, normalised)).isEmpty();
    }
}
