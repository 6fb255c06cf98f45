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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.safeguarding.concern.support.Api.as;

/** Advice requests, and the packets notification-service fetches for each recipient type. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class AdviceAndPacketTest {

    @Inject
    Fixtures fixtures;

    private UUID child;
    private UUID concern;
    private Map<String, Object> childBody;

    @BeforeEach
    void aReferredConcernOfALookedAfterChildAtAHome() {
        fixtures.world();
        childBody = Bodies.childAged(World.HOME, 14);
        childBody.put("givenName", "Bethany");
        childBody.put("familyName", "Quill");
        childBody.put("upn", ChildResourceTest.newUpn());
        childBody.put("nhsNumber", "4010232137");
        childBody.put("lookedAfter", true);
        childBody.put("placingAuthorityOrgId", World.LA_2);
        childBody.put("vulnerabilities", List.of("RUNAWAY_HISTORY"));
        child = Api.child(World.staff(World.HOME), childBody);
        Map<String, Object> body = Bodies.concern(child, "REL_OLDER_PARTNER", "INCOME_UNEXPLAINED_MONEY");
        body.put("summary", "Bethany said her boyfriend Kev (24) gives her money");
        body.put("intelligence", Map.of("vehicles", List.of(Map.of("reg", "WD63KEV"))));
        concern = Api.concern(World.staff(World.HOME), body);
    }

    private JsonPath packet(String query) {
        return given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?" + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private String packetRaw(String query) {
        return given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?" + query)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void adviceRequestSendsTheAnonymisedSummaryOnly() {
        var created = as(World.dcpo(World.HOME)).body(Map.of("specialistOrgId", World.SPECIALIST,
                        "question", "Does this pattern suggest grooming?", "anonymisedNarrative", "Girl, 14, older boyfriend gives her money"))
                .when().post("/api/concerns/" + concern + "/advice-requests").then().statusCode(201)
                .body("specialistOrgId", equalTo(World.SPECIALIST)).body("summary.ageBand", equalTo("13-15"))
                .body("summary.anonymisedNarrative", equalTo("Girl, 14, older boyfriend gives her money"))
                .body("summary.localAuthorityOrgId", equalTo(World.LA)).extract();
        String adviceId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/concerns/" + concern + "/advice-requests/" + adviceId);
        as(World.dcpo(World.HOME)).when().get(created.header("Location")).then().statusCode(200).body("id", equalTo(adviceId));

        JsonNode event = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_ADVICE_REQUESTED, "adviceRequestId", adviceId));
        assertThat(event.path("data").path("specialistOrgId").asText()).isEqualTo(World.SPECIALIST);
        assertThat(event.path("data").path("concernId").asText()).isEqualTo(concern.toString());
        assertThat(event.toString()).doesNotContain("grooming", "boyfriend", "Bethany");

        // the anonymised view now carries the DCPO's narrative
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + concern + "/anonymised").then()
                .body("anonymisedNarrative", equalTo("Girl, 14, older boyfriend gives her money"));

        JsonPath p = packet("recipientType=SPECIALIST_SERVICE&adviceRequestId=" + adviceId);
        assertThat(p.getString("packetType")).isEqualTo("ADVICE_REQUEST");
        assertThat(p.getString("purpose")).isEqualTo("ADVICE");
        assertThat(p.getList("fieldsDisclosed")).containsExactly("ANONYMISED_SUMMARY");
        assertThat(p.getString("childId")).isNull();
        assertThat(p.getString("data.anonymisedSummary.question")).isEqualTo("Does this pattern suggest grooming?");
        assertThat(p.getList("data.anonymisedSummary.summary.indicatorCodes")).containsExactly("INCOME_UNEXPLAINED_MONEY", "REL_OLDER_PARTNER");
        String raw = packetRaw("recipientType=SPECIALIST_SERVICE&purpose=ADVICE&adviceRequestId=" + adviceId);
        assertThat(raw).doesNotContain("Bethany", "Quill", (String) childBody.get("dateOfBirth"), (String) childBody.get("upn"),
                "4010232137", child.toString(), World.HOME, "WD63KEV", "Kev (24)");

        // validation, roles, tenancy
        as(World.dcpo(World.HOME)).body(Map.of("specialistOrgId", World.SPECIALIST)).when().post("/api/concerns/" + concern + "/advice-requests")
                .then().statusCode(400).body("errors.field", hasItem("question"));
        as(World.dcpo(World.HOME)).body(Map.of("specialistOrgId", World.POLICE, "question", "q")).when()
                .post("/api/concerns/" + concern + "/advice-requests").then().statusCode(400).body("errors.field", hasItem("specialistOrgId"));
        as(World.staff(World.HOME)).body(Map.of("specialistOrgId", World.SPECIALIST, "question", "q")).when()
                .post("/api/concerns/" + concern + "/advice-requests").then().statusCode(403);
        as(World.dcpo(World.HOME_2)).body(Map.of("specialistOrgId", World.SPECIALIST, "question", "q")).when()
                .post("/api/concerns/" + concern + "/advice-requests").then().statusCode(404);
        as(World.dcpo(World.HOME_2)).when().get(created.header("Location")).then().statusCode(404);
    }

    @Test
    void policePacketHasIntelligenceAndNoUpn() {
        JsonPath p = packet("recipientType=POLICE");
        assertThat(p.getString("packetType")).isEqualTo("CONCERN");
        assertThat(p.getString("purpose")).isEqualTo("REFERRAL");
        assertThat(p.getBoolean("active")).isTrue();
        assertThat(p.getString("childId")).isEqualTo(child.toString());
        assertThat(p.getList("fieldsDisclosed")).containsExactly("CHILD_IDENTITY", "CONCERN", "INDICATORS", "INTELLIGENCE", "SETTING");
        assertThat(p.getString("data.child.familyName")).isEqualTo("Quill");
        assertThat(p.getString("data.child.nhsNumber")).isEqualTo("4010232137");
        assertThat(p.getString("data.concern.summary")).contains("Kev (24)");
        assertThat(p.getString("data.intelligence.vehicles[0].reg")).isEqualTo("WD63KEV");
        assertThat(p.getString("data.setting.setting.name")).isEqualTo("Oak House");
        assertThat(p.getString("data.setting.placingAuthorityOrgId")).isEqualTo(World.LA_2);
        assertThat(p.getList("data.indicators.code")).containsExactly("REL_OLDER_PARTNER", "INCOME_UNEXPLAINED_MONEY");
        assertThat(packetRaw("recipientType=POLICE")).doesNotContain((String) childBody.get("upn"));
    }

    @Test
    void anAgencyWhoseReferralWasRevokedGetsNothingMoreOfTheConcern() {
        UUID referral = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String forPolice = "recipientType=POLICE&recipientOrgId=" + World.POLICE;
        // Not (yet) known to be referred: the owner cannot judge, so the packet stands.
        assertThat(packet(forPolice).getBoolean("active")).isTrue();
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_CREATED, child.toString(), new ReferralEvent(referral, concern, child,
                World.HOME, World.POLICE, "POLICE_FORCE", "POLICE", "PUBLIC_TASK", "NOT_SOUGHT", "PENDING", null, null, now.plusDays(1), false, now));
        Poll.until(() -> as(World.police(World.POLICE)).when().get("/api/concerns/" + concern).then().extract().statusCode(),
                s -> s == 200, Duration.ofSeconds(30));
        assertThat(packet(forPolice).getBoolean("active")).isTrue();
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_REVOKED, child.toString(), new ReferralEvent(referral, concern, child,
                World.HOME, World.POLICE, "POLICE_FORCE", "POLICE", "PUBLIC_TASK", "NOT_SOUGHT", "REVOKED", "PENDING", null,
                now.plusDays(1), false, now.plusSeconds(1)));
        Poll.until(() -> packet(forPolice).getBoolean("active"), active -> !active, Duration.ofSeconds(30));
        JsonPath p = packet(forPolice);
        assertThat(p.getList("fieldsDisclosed")).isEmpty();
        assertThat(p.getMap("data")).isEmpty();
        assertThat(p.getString("childId")).isNull();
        assertThat(packetRaw(forPolice)).doesNotContain("Quill", "Kev", "WD63KEV", child.toString());
        // Another force, never referred, and the recipient type alone are unaffected.
        assertThat(packet("recipientType=POLICE&recipientOrgId=" + World.POLICE_2).getBoolean("active")).isTrue();
    }

    @Test
    void localAuthorityPacketHasNoIntelligence() {
        JsonPath p = packet("recipientType=LOCAL_AUTHORITY&purpose=NOTIFICATION");
        assertThat(p.getList("fieldsDisclosed")).containsExactly("CHILD_IDENTITY", "CONCERN", "INDICATORS", "SETTING");
        assertThat(p.getString("data.child.givenName")).isEqualTo("Bethany");
        assertThat(packetRaw("recipientType=LOCAL_AUTHORITY")).doesNotContain("WD63KEV", "intelligence", (String) childBody.get("upn"));
    }

    @Test
    void ofstedGetsTheReg40NoticeMinimised() {
        Map<String, Object> refer = Bodies.decision("REFER", true);
        Api.decide(World.dcpo(World.HOME), concern, refer).statusCode();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_CREATED, child.toString(), new ReferralEvent(UUID.randomUUID(), concern, child,
                World.HOME, World.OFSTED, "OFSTED", "OFSTED", "LEGAL_OBLIGATION", "NOT_SOUGHT", "PENDING", null, null, now.plusDays(1), false, now));
        Poll.until(() -> packet("recipientType=OFSTED&purpose=NOTIFICATION").getList("data.reg40.actionsTaken.action"),
                actions -> actions.contains("REFERRAL"), Duration.ofSeconds(30));

        JsonPath p = packet("recipientType=OFSTED&purpose=NOTIFICATION");
        assertThat(p.getString("packetType")).isEqualTo("REG40_4A_SUSPECTED_CSE");
        assertThat(p.getList("fieldsDisclosed")).containsExactly("REG40_SUMMARY");
        assertThat(p.getString("childId")).isNull();
        assertThat(p.getString("data.reg40.home.name")).isEqualTo("Oak House");
        assertThat(p.getString("data.reg40.home.ofstedUrn")).isEqualTo("SC123456");
        assertThat(p.getInt("data.reg40.childAge")).isEqualTo(14);
        assertThat(p.getString("data.reg40.childInitials")).isEqualTo("B.Q.");
        assertThat(p.getList("data.reg40.indicatorCategories")).containsExactly("RELATIONSHIPS", "INCOME");
        assertThat(p.getString("data.reg40.riskLevel")).isEqualTo("HIGH");
        assertThat(p.getList("data.reg40.actionsTaken.detail")).contains("REFER", "OFSTED " + World.OFSTED);
        List<Object> keys = List.copyOf(p.getMap("data").keySet());
        assertThat(keys).containsExactly((Object) "reg40");
        String raw = packetRaw("recipientType=OFSTED");
        assertThat(raw).doesNotContain("Bethany", "Quill", (String) childBody.get("dateOfBirth"), (String) childBody.get("upn"),
                "4010232137", "WD63KEV", "Kev", "boyfriend", child.toString());
    }

    @Test
    void specialistGetsIdentityOnlyWithAnAgreedReferral() {
        JsonPath before = packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL");
        assertThat(before.getBoolean("active")).isFalse();
        assertThat(before.getList("fieldsDisclosed")).isEmpty();
        assertThat(packetRaw("recipientType=HEALTH&purpose=REFERRAL")).doesNotContain("Bethany");

        Map<String, Object> refer = Bodies.decision("REFER", true);
        refer.put("specialistReferral", Map.of("specialistOrgId", World.SPECIALIST, "agreed", true, "by", "CHILD"));
        Api.decide(World.dcpo(World.HOME), concern, refer).statusCode();
        JsonPath p = packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL&recipientOrgId=" + World.SPECIALIST);
        assertThat(p.getBoolean("active")).isTrue();
        assertThat(p.getList("fieldsDisclosed")).containsExactly("CHILD_IDENTITY", "CONCERN");
        assertThat(p.getString("data.child.familyName")).isEqualTo("Quill");
        assertThat(packetRaw("recipientType=SPECIALIST_SERVICE")).doesNotContain("WD63KEV", (String) childBody.get("upn"), "indicators");
    }

    @Test
    void onlyASchoolGetsTheUpn() {
        assertThat(packet("recipientType=SCHOOL&purpose=PROMPT").getString("data.upn")).isEqualTo(childBody.get("upn"));
        assertThat(packet("recipientType=SCHOOL&purpose=PROMPT").getList("fieldsDisclosed")).contains("UPN").doesNotContain("INTELLIGENCE");
        for (String type : List.of("POLICE", "LOCAL_AUTHORITY", "OFSTED", "SPECIALIST_SERVICE", "HEALTH", "CHILDRENS_HOME", "OPS")) {
            assertThat(packetRaw("recipientType=" + type)).as(type).doesNotContain((String) childBody.get("upn"));
        }
        JsonPath ops = packet("recipientType=OPS");
        assertThat(ops.getList("fieldsDisclosed")).isEmpty();
        assertThat(ops.getMap("data")).isEmpty();
    }

    @Test
    void onlyTheNotifierAndWellFormedQueries() {
        String path = "/internal/concerns/" + concern + "/packet?recipientType=POLICE";
        given().auth().oauth2(World.dcpo(World.HOME)).when().get(path).then().statusCode(403);
        given().auth().oauth2(World.police(World.POLICE)).when().get(path).then().statusCode(403);
        given().auth().oauth2(uk.safeguarding.testing.TestTokens.token(World.LA, "admin")).when().get(path).then().statusCode(403);
        given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet").then().statusCode(400)
                .body("errors.field", hasItem("recipientType"));
        given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?recipientType=PRESS").then()
                .statusCode(400).body("errors.field", hasItem("recipientType"));
        given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?recipientType=SPECIALIST_SERVICE&purpose=ADVICE")
                .then().statusCode(400).body("errors.field", hasItem("adviceRequestId"));
        given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?recipientType=SPECIALIST_SERVICE&adviceRequestId="
                + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + UUID.randomUUID() + "/packet?recipientType=POLICE")
                .then().statusCode(404);
    }
}
