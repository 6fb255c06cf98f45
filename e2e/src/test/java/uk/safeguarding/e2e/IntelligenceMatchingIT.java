package uk.safeguarding.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * Issue 13 through the gateway: two schools, two children, one car, both concerns referred to the
 * same force by a DCPO's REFER decision. The force's police see the match and an inbox item with
 * the match packet; another force and a school's DCPO see nothing; no Kafka record carries the car.
 */
@ExtendWith(StackExtension.class)
class IntelligenceMatchingIT {

    private static final String RIVERSIDE = "URN-100002";
    private static final String OTHER_FORCE = "PF-E2E-MATCH";
    private static final List<String> TOPICS = List.of("safeguarding.children", "safeguarding.concerns", "safeguarding.referrals",
            "safeguarding.missing", "safeguarding.organisations", "safeguarding.deliveries");

    /** A fresh current-format plate, so runs of the suite never meet. */
    private static String plate() {
        SecureRandom r = new SecureRandom();
        String memory = "ABCDEFGHJKLMNOPRSTUVWXY";
        String letters = "ABCDEFGHJKLMNOPRSTUVWXYZ";
        return "" + memory.charAt(r.nextInt(memory.length())) + memory.charAt(r.nextInt(memory.length())) + r.nextInt(10) + r.nextInt(10)
                + letters.charAt(r.nextInt(letters.length())) + letters.charAt(r.nextInt(letters.length()))
                + letters.charAt(r.nextInt(letters.length()));
    }

    private static String childAt(String dcpo, String setting, String givenName) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", givenName);
        child.put("familyName", "Matching");
        child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(14).minusMonths(3).toString());
        child.put("dateOfBirthEstimated", false);
        child.put("gender", "FEMALE");
        child.put("settingOrgId", setting);
        child.put("lookedAfter", false);
        child.put("vulnerabilities", List.of());
        return as(dcpo).body(child).when().post("/api/children").then().statusCode(201).extract().path("id");
    }

    private static String referredConcern(String dcpo, String childId, String reg) {
        Map<String, Object> intelligence = Map.of("vehicles", List.of(Map.of("reg", reg, "make", "Vauxhall", "colour", "silver")));
        String concernId = as(dcpo).body(Scenario.concern(childId, List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false, intelligence))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        as(dcpo).body(Scenario.decision("REFER", true, null)).when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        return concernId;
    }

    private static Optional<Map<String, Object>> matchOf(String user, String value) {
        List<Map<String, Object>> items = as(user).when().get("/api/intelligence/matches?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(m -> value.equals(m.get("value"))).findFirst();
    }

    /** A second force and one of its officers, made through the admin APIs (the realm is not changed). */
    private static String otherForcesOfficer() {
        as("admin.user").body(Map.of("id", OTHER_FORCE, "name", "E2E Other Constabulary", "type", "POLICE_FORCE"))
                .when().post("/api/organisations").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String keycloak = StackExtension.stack().keycloakUrl();
        String admin = new uk.safeguarding.devstack.Tokens(keycloak + "/realms/master").adminCli("admin", "admin");
        String username = "police.e2e-match";
        int created = RestAssured.given().baseUri(keycloak).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "enabled", true, "email", username + "@example.org", "firstName", "Other",
                        "lastName", "Officer", "emailVerified", true, "attributes", Map.of("org_id", List.of(OTHER_FORCE)),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .when().post("/admin/realms/safeguarding/users").then().extract().statusCode();
        assertThat(created).isIn(201, 409);
        String userId = RestAssured.given().baseUri(keycloak).auth().oauth2(admin)
                .when().get("/admin/realms/safeguarding/users?username=" + username + "&exact=true").then().extract().path("[0].id");
        Map<?, ?> role = RestAssured.given().baseUri(keycloak).auth().oauth2(admin)
                .when().get("/admin/realms/safeguarding/roles/police").then().statusCode(200).extract().as(Map.class);
        RestAssured.given().baseUri(keycloak).auth().oauth2(admin).contentType("application/json").body(List.of(role))
                .when().post("/admin/realms/safeguarding/users/" + userId + "/role-mappings/realm").then().statusCode(204);
        return username;
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneCarAtTwoSchoolsReferredToOneForceIsAMatchOnlyThatForceSees() {
        String reg = plate();
        String typedAtHillside = reg.substring(0, 4) + " " + reg.substring(4);
        String typedAtRiverside = " " + reg.toLowerCase().substring(0, 2) + " " + reg.toLowerCase().substring(2) + " ";

        String hillsideChild = childAt("dcpo.hillside", Scenario.HILLSIDE, "Robin");
        String riversideChild = childAt("dcpo.riverside", RIVERSIDE, "Sasha");
        String hillsideConcern = referredConcern("dcpo.hillside", hillsideChild, typedAtHillside);
        String riversideConcern = referredConcern("dcpo.riverside", riversideChild, typedAtRiverside);

        // The force sees the match of both concerns, the registration normalised.
        Map<String, Object>[] match = new Map[1];
        eventually(Duration.ofSeconds(120), () -> {
            Optional<Map<String, Object>> found = matchOf("police.avon", reg);
            assertThat(found).isPresent();
            assertThat((List<Map<String, Object>>) found.get().get("concerns")).extracting(c -> c.get("concernId"))
                    .containsExactlyInAnyOrder(hillsideConcern, riversideConcern);
            match[0] = found.get();
        });
        String matchId = (String) match[0].get("id");
        assertThat(match[0].get("kind")).isEqualTo("VEHICLE");
        JsonPath one = as("police.avon").when().get("/api/intelligence/matches/" + matchId).then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("concerns.childId")).containsExactlyInAnyOrder(hillsideChild, riversideChild);
        assertThat(one.getList("concerns.settingOrgId")).containsExactlyInAnyOrder(Scenario.HILLSIDE, RIVERSIDE);
        assertThat(one.getList("concerns.referralId")).doesNotContainNull();

        // ... and an item in its inbox whose packet, fetched from concern-service, is the match.
        eventually(Duration.ofSeconds(120), () -> {
            List<Map<String, Object>> items = as("police.avon").when().get("/api/inbox?size=200").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            Map<String, Object> item = items.stream().filter(i -> matchId.equals(i.get("matchId"))).findFirst().orElse(null);
            assertThat(item).isNotNull();
            assertThat(item.get("notification")).isEqualTo("intelligence.match-detected");
            List<Map<String, Object>> packets = (List<Map<String, Object>>) item.get("packets");
            assertThat(packets).hasSize(1);
            assertThat(packets.get(0).get("packetType")).isEqualTo("INTELLIGENCE_MATCH");
            assertThat(((Map<String, Object>) packets.get(0).get("data")).get("value")).isEqualTo(reg);
        });
        // The disclosure is logged against each child.
        eventually(Duration.ofSeconds(30), () -> {
            for (String child : List.of(hillsideChild, riversideChild)) {
                List<Map<String, Object>> entries = as("auditor.user").when().get("/api/disclosures?childId=" + child).then()
                        .statusCode(200).extract().jsonPath().getList("items");
                assertThat(entries).anyMatch(e -> "INTELLIGENCE_MATCH".equals(e.get("packetType")) && Scenario.POLICE.equals(e.get("recipientOrgId")));
            }
        });

        // A school's DCPO may never see matches, and its inbox holds none.
        as("dcpo.hillside").when().get("/api/intelligence/matches").then().statusCode(403).contentType("application/problem+json");
        as("dcpo.hillside").when().get("/api/intelligence/matches/" + matchId).then().statusCode(403);
        assertThat(as("dcpo.hillside").when().get("/api/inbox?size=200").then().statusCode(200).extract().asString())
                .doesNotContain(matchId, "intelligence.match-detected", reg);
        as("sw.bristol").when().get("/api/intelligence/matches").then().statusCode(403);
        as("police.avon").when().get("/api/intelligence/matches/not-a-match-id").then().statusCode(400);

        // Another force: its officer's role counts once the directory knows the force; the match is not its own.
        String officer = otherForcesOfficer();
        eventually(Duration.ofSeconds(60), () -> as(officer).when().get("/api/intelligence/matches").then().statusCode(200));
        assertThat(matchOf(officer, reg)).isEmpty();
        as(officer).when().get("/api/intelligence/matches/" + matchId).then().statusCode(404).contentType("application/problem+json");
        assertThat(as(officer).when().get("/api/inbox?size=200").then().statusCode(200).extract().asString()).doesNotContain(matchId);

        // A concern at a third setting of the same force, not referred, holding the car: its DCPO is prompted,
        // and told nothing of the other concerns.
        String oakHouseChild = Scenario.lookedAfterChildAtOakHouse("Kai", "Matching", 15);
        String unreferred = as("dcpo.oakhouse").body(Scenario.concern(oakHouseChild, List.of("REL_ADULTS_LOITERING"), false,
                        Map.of("vehicles", List.of(Map.of("reg", reg.toLowerCase())))))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        eventually(Duration.ofSeconds(120), () -> {
            List<Map<String, Object>> items = as("dcpo.oakhouse").when().get("/api/inbox?size=200").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            Map<String, Object> prompt = items.stream().filter(i -> unreferred.equals(i.get("concernId"))
                    && "matches intelligence already shared with police: consider a referral".equals(i.get("prompt"))).findFirst().orElse(null);
            assertThat(prompt).isNotNull();
            assertThat(prompt.get("purpose")).isEqualTo("PROMPT");
            assertThat(prompt.toString()).doesNotContain(hillsideConcern, riversideConcern, hillsideChild, riversideChild, matchId);
        });

        // Kafka carried the match as ids and counts, never the registration, on any topic.
        List<ConsumerRecord<String, String>> announced = Fixtures.await("safeguarding.concerns",
                r -> r.value().contains("intelligence.match-detected") && r.value().contains(matchId), Duration.ofSeconds(60));
        assertThat(announced).isNotEmpty();
        assertThat(announced.get(0).key()).isEqualTo(Scenario.POLICE);
        for (String topic : TOPICS) {
            assertThat(Fixtures.await(topic, r -> carries(r, reg), Duration.ofSeconds(10))).as("records on " + topic + " carrying the car").isEmpty();
        }
    }

    private static boolean carries(ConsumerRecord<String, String> record, String reg) {
        String text = ((record.key() == null ? "" : record.key()) + record.value()).toUpperCase().replace(" ", "");
        return text.contains(reg);
    }
}
