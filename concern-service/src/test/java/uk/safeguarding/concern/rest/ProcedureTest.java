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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static uk.safeguarding.concern.support.Api.as;

/**
 * The procedure's rules of issue 12 through the API: the child's own agreement to a specialist
 * referral (3.4), linked crime types and evidence preservation (3.5), age in dispute and harm
 * without an offence (3.1).
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class ProcedureTest {

    @Inject
    Fixtures fixtures;

    private UUID child;
    private UUID concern;

    @BeforeEach
    void aConcernAtTheHome() {
        fixtures.world();
        Map<String, Object> body = Bodies.childAged(World.HOME, 14);
        body.put("lookedAfter", true);
        body.put("placingAuthorityOrgId", World.LA_2);
        child = Api.child(World.staff(World.HOME), body);
        concern = Api.concern(World.staff(World.HOME), Bodies.concern(child, "REL_OLDER_PARTNER"));
    }

    private JsonPath packet(String query) {
        return given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private void referredTo(String agency, String type) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID referral = UUID.randomUUID();
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_CREATED, child.toString(), new ReferralEvent(referral, concern, child,
                World.HOME, agency, type, "SPECIALIST_SERVICE".equals(type) ? "SPECIALIST" : "POLICE", "PUBLIC_TASK", "GIVEN",
                "PENDING", null, null, now.plusDays(1), false, now));
        String token = "POLICE_FORCE".equals(type) ? World.police(agency) : World.specialist(agency);
        Poll.until(() -> given().auth().oauth2(token).when().get("/api/concerns/" + concern).then().extract().statusCode(),
                s -> s == 200, Duration.ofSeconds(30));
    }

    private static Map<String, Object> consent(String specialist, Object agreed, Object by) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("specialistOrgId", specialist);
        b.put("agreed", agreed);
        b.put("by", by);
        b.put("reason", "Talked it through with her key worker present");
        return b;
    }

    // ---- procedure 3.4: the child's own agreement ----

    @Test
    void aParentsAgreementToASpecialistReferralIsRefusedAndNothingIsWritten() {
        Map<String, Object> refer = Bodies.decision("REFER", true);
        refer.put("specialistReferral", Map.of("specialistOrgId", World.SPECIALIST, "agreed", true, "by", "PARENT"));
        Api.decide(World.dcpo(World.HOME), concern, refer).response().then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("specialistReferral.by"));
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + concern).then().statusCode(200)
                .body("status", equalTo("RAISED")).body("decisions", hasSize(0));
        // the child's own agreement stands
        refer.put("specialistReferral", Map.of("specialistOrgId", World.SPECIALIST, "agreed", true, "by", "CHILD"));
        Api.decide(World.dcpo(World.HOME), concern, refer).response().then().statusCode(200).body("status", equalTo("REFERRED"));
    }

    @Test
    void specialistConsentValidatesItsBody() {
        String url = "/api/concerns/" + concern + "/specialist-consent";
        as(World.dcpo(World.HOME)).body(Map.of()).when().post(url).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("specialistOrgId")).body("errors.field", hasItem("agreed"))
                .body("errors.field", hasItem("by")).body("errors.field", hasItem("reason"));
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, true, "SIBLING")).when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("by"));
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, "perhaps", "CHILD")).when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("agreed"));
        as(World.dcpo(World.HOME)).body(consent(World.POLICE, true, "CHILD")).when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("specialistOrgId"));
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, true, "PARENT")).when().post(url).then().statusCode(422)
                .body("errors.field", hasItem("by"));
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, true, "CARER")).when().post(url).then().statusCode(422);
        as(World.staff(World.HOME)).body(consent(World.SPECIALIST, true, "CHILD")).when().post(url).then().statusCode(403);
        as(World.dcpo(World.HOME_2)).body(consent(World.SPECIALIST, true, "CHILD")).when().post(url).then().statusCode(404);
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, true, "CHILD")).when()
                .post("/api/concerns/" + UUID.randomUUID() + "/specialist-consent").then().statusCode(404);
        given().contentType("application/json").body(consent(World.SPECIALIST, true, "CHILD")).when().post(url).then().statusCode(401);
        assertThat(fixtures.column("select count(*) from specialist_consent where concern_id = ?1", concern).get(0))
                .isEqualTo(0L);
    }

    @Test
    void theChildAgreesLaterThenWithdrawsAndTheSpecialistReadsNothingMore() {
        String url = "/api/concerns/" + concern + "/specialist-consent";
        assertThat(packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL&recipientOrgId=" + World.SPECIALIST).getBoolean("active")).isFalse();

        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, true, "CHILD")).when().post(url).then().statusCode(201)
                .header("Location", containsString("/specialist-consent")).body("agreed", equalTo(true)).body("by", equalTo("CHILD"));
        JsonNode given = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_CONSENT_GIVEN, "concernId", concern.toString()));
        assertThat(given.path("data").path("specialistOrgId").asText()).isEqualTo(World.SPECIALIST);
        assertThat(given.toString()).doesNotContain("key worker");
        JsonPath agreed = packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL&recipientOrgId=" + World.SPECIALIST);
        assertThat(agreed.getBoolean("active")).isTrue();
        assertThat(agreed.getList("fieldsDisclosed")).containsExactly("CHILD_IDENTITY", "CONCERN");
        // agreement to one specialist is not agreement to another, nor to a caller that does not say who it is
        assertThat(packet("recipientType=HEALTH&purpose=REFERRAL&recipientOrgId=" + World.HEALTH).getBoolean("active")).isFalse();
        assertThat(packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL").getBoolean("active")).isFalse();

        referredTo(World.SPECIALIST, "SPECIALIST_SERVICE");
        given().auth().oauth2(World.specialist(World.SPECIALIST)).when().get("/api/concerns/" + concern).then().statusCode(200);

        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, false, "CHILD")).when().post(url).then().statusCode(201)
                .body("agreed", equalTo(false));
        JsonNode withdrawn = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_CONSENT_WITHDRAWN, "concernId", concern.toString()));
        assertThat(withdrawn.path("data").path("specialistOrgId").asText()).isEqualTo(World.SPECIALIST);
        assertThat(withdrawn.path("data").path("agreed").asBoolean()).isFalse();
        assertThat(withdrawn.path("data").has("reason")).isFalse();
        assertThat(withdrawn.path("_key").asText()).isEqualTo(child.toString());
        // at once, before any revocation comes back: no concern, history, pathway, list entry or packet
        String specialist = World.specialist(World.SPECIALIST);
        given().auth().oauth2(specialist).when().get("/api/concerns/" + concern).then().statusCode(404);
        given().auth().oauth2(specialist).when().get("/api/concerns/" + concern + "/history").then().statusCode(404);
        given().auth().oauth2(specialist).when().get("/api/concerns/" + concern + "/pathway.svg").then().statusCode(404);
        given().auth().oauth2(specialist).when().get("/api/concerns?childId=" + child).then().statusCode(200).body("total", equalTo(0));
        JsonPath after = packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL&recipientOrgId=" + World.SPECIALIST);
        assertThat(after.getBoolean("active")).isFalse();
        assertThat(after.getList("fieldsDisclosed")).isEmpty();
        // the DCPO sees the record of both, reasons included
        as(World.dcpo(World.HOME)).when().get(url).then().statusCode(200).body("agreed", equalTo(List.of(true, false)))
                .body("reason[0]", equalTo("Talked it through with her key worker present"));
        Object stored = fixtures.column("select reason from specialist_consent where concern_id = ?1 limit 1", concern).get(0);
        assertThat((String) stored).startsWith("v1:").doesNotContain("key worker");
    }

    @Test
    void aDecisionNamingAnotherSpecialistSaysNothingAboutTheFirst() {
        Map<String, Object> monitor = Bodies.decision("MONITOR", false);
        monitor.put("reviewBy", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        monitor.put("specialistReferral", Map.of("specialistOrgId", World.SPECIALIST, "agreed", true, "by", "CHILD"));
        Api.decide(World.dcpo(World.HOME), concern, monitor).response().then().statusCode(200);
        Map<String, Object> refer = Bodies.decision("REFER", false);
        refer.put("specialistReferral", Map.of("specialistOrgId", World.HEALTH, "agreed", false));
        Api.decide(World.dcpo(World.HOME), concern, refer).response().then().statusCode(200);
        assertThat(packet("recipientType=SPECIALIST_SERVICE&purpose=REFERRAL&recipientOrgId=" + World.SPECIALIST).getBoolean("active")).isTrue();
        assertThat(packet("recipientType=HEALTH&purpose=REFERRAL&recipientOrgId=" + World.HEALTH).getBoolean("active")).isFalse();
    }

    @Test
    void agreeingOnAClosedConcernIsAConflictButWithdrawingIsNot() {
        Map<String, Object> nfa = Bodies.decision("NO_FURTHER_ACTION", false);
        Api.decide(World.dcpo(World.HOME), concern, nfa).response().then().statusCode(200).body("status", equalTo("CLOSED"));
        String url = "/api/concerns/" + concern + "/specialist-consent";
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, true, "CHILD")).when().post(url).then().statusCode(409);
        as(World.dcpo(World.HOME)).body(consent(World.SPECIALIST, false, "CHILD")).when().post(url).then().statusCode(201);
    }

    // ---- procedure 3.5: linked crime types ----

    @Test
    void linkedCrimeTypesAreShownWithTheConcernAndGoToPoliceAndSocialCareOnly() {
        Map<String, Object> body = Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        body.put("linkedCrimeTypes", List.of("GROOMING_ONLINE", "DRUGS_OFFENCES"));
        UUID linked = Api.concern(World.staff(World.HOME), body);
        as(World.staff(World.HOME)).when().get("/api/concerns/" + linked).then().statusCode(200)
                .body("linkedCrimeTypes", equalTo(List.of("GROOMING_ONLINE", "DRUGS_OFFENCES")));
        as(World.staff(World.HOME)).body(Map.of("linkedCrimeTypes", List.of("CHILD_TRAFFICKING", "GROOMING_ONLINE"))).when()
                .post("/api/concerns/" + linked + "/intelligence").then().statusCode(200);
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + linked).then().statusCode(200)
                .body("linkedCrimeTypes", equalTo(List.of("CHILD_TRAFFICKING", "GROOMING_ONLINE", "DRUGS_OFFENCES")));

        body.put("linkedCrimeTypes", List.of("GROOMING_ONLINE", "SHOPLIFTING"));
        Api.raise(World.staff(World.HOME), body).response().then().statusCode(400)
                .body("errors.field", hasItem(startsWith("linkedCrimeTypes")));
        as(World.staff(World.HOME_2)).body(Map.of("linkedCrimeTypes", List.of("CHILD_TRAFFICKING"))).when()
                .post("/api/concerns/" + linked + "/intelligence").then().statusCode(404);

        for (String recipient : List.of("POLICE", "LOCAL_AUTHORITY")) {
            JsonPath p = given().auth().oauth2(World.notifier()).when()
                    .get("/internal/concerns/" + linked + "/packet?recipientType=" + recipient).then().statusCode(200).extract().jsonPath();
            assertThat(p.getList("data.linkedCrimeTypes")).as(recipient).containsExactly("CHILD_TRAFFICKING", "GROOMING_ONLINE", "DRUGS_OFFENCES");
            assertThat(p.getList("fieldsDisclosed")).as(recipient).contains("LINKED_CRIME_TYPES");
        }
        for (String recipient : List.of("OFSTED", "CHILDRENS_HOME", "SPECIALIST_SERVICE", "OPS")) {
            String raw = given().auth().oauth2(World.notifier()).when()
                    .get("/internal/concerns/" + linked + "/packet?recipientType=" + recipient).then().statusCode(200).extract().asString();
            assertThat(raw).as(recipient).doesNotContain("CHILD_TRAFFICKING", "linkedCrimeTypes");
        }
    }

    // ---- procedure 3.5: evidence ----

    private static Map<String, Object> evidence() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("kind", "PHONE_OR_DEVICE");
        b.put("description", "Her second phone, messages from 'K' unread");
        b.put("preservedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0).toString());
        b.put("storedWhere", "Manager's safe, sealed bag 17");
        return b;
    }

    @Test
    void evidenceIsRecordedHandedOverAndSeenByTheReferredForceOnly() {
        String url = "/api/concerns/" + concern + "/evidence";
        var created = as(World.staff(World.HOME)).body(evidence()).when().post(url).then().statusCode(201)
                .header("Location", containsString("/evidence"))
                .body("kind", equalTo("PHONE_OR_DEVICE")).body("storedWhere", equalTo("Manager's safe, sealed bag 17"))
                .body("custody", hasSize(1)).body("custody[0].action", equalTo("PRESERVED"))
                .body("custody[0].by", containsString("@" + World.HOME)).extract().jsonPath();
        String id = created.getString("id");
        Object stored = fixtures.column("select description from evidence where id = cast(?1 as uuid)", id).get(0);
        assertThat((String) stored).startsWith("v1:").doesNotContain("phone");

        Map<String, Object> handover = new LinkedHashMap<>();
        handover.put("at", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0).toString());
        handover.put("officer", "PC 1234 Jones");
        handover.put("reference", "CRIME/2026/0042");
        as(World.dcpo(World.HOME)).body(handover).when().post(url + "/" + id + "/handover").then().statusCode(200)
                .body("custody", hasSize(2)).body("custody[1].action", equalTo("HANDED_OVER_TO_POLICE"))
                .body("custody[1].officer", equalTo("PC 1234 Jones")).body("custody[1].reference", equalTo("CRIME/2026/0042"));
        as(World.dcpo(World.HOME)).body(handover).when().post(url + "/" + id + "/handover").then().statusCode(409);

        as(World.dcpo(World.HOME)).when().get(url).then().statusCode(200).body("$", hasSize(1)).body("[0].custody", hasSize(2));
        as(World.staff(World.HOME)).when().get(url).then().statusCode(403);
        as(World.socialWorker(World.LA)).when().get(url).then().statusCode(403);
        as(World.dcpo(World.HOME_2)).when().get(url).then().statusCode(404);
        as(World.police(World.POLICE)).when().get(url).then().statusCode(404);

        referredTo(World.POLICE, "POLICE_FORCE");
        as(World.police(World.POLICE)).when().get(url).then().statusCode(200).body("[0].id", equalTo(id))
                .body("[0].custody[1].reference", equalTo("CRIME/2026/0042"));
        as(World.police(World.POLICE_2)).when().get(url).then().statusCode(404);

        JsonPath police = packet("recipientType=POLICE");
        assertThat(police.getList("fieldsDisclosed")).contains("EVIDENCE");
        assertThat(police.getString("data.evidence[0].storedWhere")).isEqualTo("Manager's safe, sealed bag 17");
        for (String recipient : List.of("LOCAL_AUTHORITY", "OFSTED", "CHILDRENS_HOME", "SPECIALIST_SERVICE")) {
            assertThat(given().auth().oauth2(World.notifier()).when().get("/internal/concerns/" + concern + "/packet?recipientType=" + recipient)
                    .then().statusCode(200).extract().asString()).as(recipient).doesNotContain("sealed bag", "CRIME/2026");
        }
        // the chronology names the item, never its description
        String history = as(World.dcpo(World.HOME)).when().get("/api/concerns/" + concern + "/history").then().statusCode(200)
                .extract().asString();
        assertThat(history).contains("EVIDENCE_PRESERVED", "EVIDENCE_HANDED_OVER").doesNotContain("sealed bag", "PC 1234");
    }

    @Test
    void evidenceValidatesItsBody() {
        String url = "/api/concerns/" + concern + "/evidence";
        as(World.staff(World.HOME)).body(Map.of()).when().post(url).then().statusCode(400)
                .body("errors.field", hasItem("kind")).body("errors.field", hasItem("description"))
                .body("errors.field", hasItem("preservedAt")).body("errors.field", hasItem("storedWhere"));
        Map<String, Object> bad = evidence();
        bad.put("kind", "WEAPON");
        as(World.staff(World.HOME)).body(bad).when().post(url).then().statusCode(400).body("errors.field", hasItem("kind"));
        bad = evidence();
        bad.put("preservedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        as(World.staff(World.HOME)).body(bad).when().post(url).then().statusCode(400).body("errors.field", hasItem("preservedAt"));
        bad = evidence();
        bad.put("preservedAt", "yesterday");
        as(World.staff(World.HOME)).body(bad).when().post(url).then().statusCode(400).body("errors.field", hasItem("preservedAt"));
        as(World.staff(World.HOME_2)).body(evidence()).when().post(url).then().statusCode(404);
        as(World.police(World.POLICE)).body(evidence()).when().post(url).then().statusCode(403);

        String id = as(World.staff(World.HOME)).body(evidence()).when().post(url).then().statusCode(201).extract().path("id");
        Map<String, Object> early = new LinkedHashMap<>();
        early.put("at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).withNano(0).toString());
        early.put("officer", "PC 1");
        early.put("reference", "R1");
        as(World.staff(World.HOME)).body(early).when().post(url + "/" + id + "/handover").then().statusCode(400)
                .body("errors.field", hasItem("at"));
        as(World.staff(World.HOME)).body(Map.of("at", early.get("at"))).when().post(url + "/" + id + "/handover").then().statusCode(400)
                .body("errors.field", hasItem("officer")).body("errors.field", hasItem("reference"));
        as(World.staff(World.HOME)).body(early).when().post(url + "/" + UUID.randomUUID() + "/handover").then().statusCode(404);
        assertThat(fixtures.column("select count(*) from evidence where concern_id = ?1", concern).get(0)).isEqualTo(1L);
    }

    @Test
    void thePathwayShowsPreserveDoNotInvestigateForSexualActivity() {
        String svg = as(World.staff(World.HOME)).when().get("/api/concerns/" + concern + "/pathway.svg").then().statusCode(200)
                .extract().asString();
        assertThat(svg).contains("Preserve, do not investigate").contains("id=\"node-preserve\" class=\"node on\"");
        UUID plain = Api.concern(World.staff(World.HOME), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        String other = as(World.staff(World.HOME)).when().get("/api/concerns/" + plain + "/pathway.svg").then().statusCode(200)
                .extract().asString();
        assertThat(other).contains("id=\"node-preserve\" class=\"node na\"");
    }

    // ---- procedure 3.1 and contract section 4 ----

    @Test
    void anEstimatedAgeOfEighteenOrMoreIsStillAChild() {
        Map<String, Object> body = Bodies.childAged(World.HOME, 19);
        body.put("dateOfBirthEstimated", true);
        UUID disputed = Api.child(World.staff(World.HOME), body);
        Map<String, Object> raise = Bodies.concern(disputed, "INCOME_UNEXPLAINED_MONEY");
        raise.put("consentFactors", Bodies.factors("exchangeForReward"));
        Api.raise(World.staff(World.HOME), raise).response().then().statusCode(201)
                .body("consentAssessment.ageAtObservation", equalTo(19))
                .body("consentAssessment.childProtectionIssue", equalTo(true))
                .body("consentAssessment.potentialOffences", hasItem("PAYING_FOR_SEXUAL_SERVICES_OF_CHILD"))
                .body("riskLevel", equalTo("HIGH"));
    }

    @Test
    void aSixteenYearOldsActivityThatIsNoOffenceMayStillHarm() {
        UUID sixteen = Api.child(World.staff(World.HOME), Bodies.childAged(World.HOME, 16));
        Api.raise(World.staff(World.HOME), Bodies.concern(sixteen, "REL_SEXUALLY_ACTIVE")).response().then().statusCode(201)
                .body("consentAssessment.potentialOffences", hasSize(0))
                .body("consentAssessment.legallyCapableOfConsent", equalTo(true))
                .body("consentAssessment.harmMayStillOccur", equalTo(true));
        as(World.staff(World.HOME)).when().get("/api/concerns/" + concern).then().statusCode(200)
                .body("consentAssessment.harmMayStillOccur", equalTo(false));
    }
}
