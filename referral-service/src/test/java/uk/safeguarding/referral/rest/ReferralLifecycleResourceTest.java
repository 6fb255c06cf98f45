package uk.safeguarding.referral.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.safeguarding.referral.service.ReferralProgress;
import uk.safeguarding.referral.support.Fixture;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.referral.support.Fixture.ADMIN;
import static uk.safeguarding.referral.support.Fixture.HOME;
import static uk.safeguarding.referral.support.Fixture.LA;
import static uk.safeguarding.referral.support.Fixture.NOTIFIER;
import static uk.safeguarding.referral.support.Fixture.OPS;
import static uk.safeguarding.referral.support.Fixture.PLACING_LA;
import static uk.safeguarding.referral.support.Fixture.POLICE;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.SPECIALIST;
import static uk.safeguarding.referral.support.Fixture.awaitReferralEvent;
import static uk.safeguarding.referral.support.Fixture.awaitStatus;
import static uk.safeguarding.referral.support.Fixture.byRole;
import static uk.safeguarding.referral.support.Fixture.child;
import static uk.safeguarding.referral.support.Fixture.dcpo;
import static uk.safeguarding.referral.support.Fixture.decision;
import static uk.safeguarding.referral.support.Fixture.delivery;
import static uk.safeguarding.referral.support.Fixture.ofsted;
import static uk.safeguarding.referral.support.Fixture.police;
import static uk.safeguarding.referral.support.Fixture.referral;
import static uk.safeguarding.referral.support.Fixture.referralEvents;
import static uk.safeguarding.referral.support.Fixture.referrals;
import static uk.safeguarding.referral.support.Fixture.socialWorker;
import static uk.safeguarding.referral.support.Fixture.status;
import static uk.safeguarding.referral.support.Fixture.specialist;
import static uk.safeguarding.referral.support.Fixture.token;

/** The state machine, responses by agency type, revocation, updates, escalations, visibility, overdue, packets. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class ReferralLifecycleResourceTest {

    static final String JSON = "application/json";

    @Inject
    ReferralProgress service;

    /** A looked-after child at Oak House, referred with cse suspected and an agreed specialist: five referrals. */
    record Case(UUID childId, UUID concernId, Map<String, String> ids) {
        String id(String role) {
            return ids.get(role);
        }
    }

    static Case referred() {
        UUID childId = child(HOME, null, true, PLACING_LA);
        var decision = decision(childId, HOME).lookedAfter(PLACING_LA).cse().specialist(SPECIALIST);
        decision.publish();
        return new Case(childId, decision.concernId, byRole(referrals(decision.concernId, 5)));
    }

    static void sent(Case c, String role, String agency) {
        delivery("delivery.succeeded", c.childId(), c.id(role), agency);
        awaitStatus(c.id(role), "SENT");
    }

    static io.restassured.response.ValidatableResponse respond(String token, String id, Object body) {
        return given().auth().oauth2(token).contentType(JSON).body(body).when().post("/api/referrals/" + id + "/response").then();
    }

    @Test
    void deliveryEventsMoveAReferralToSentAndAcknowledged() {
        Case c = referred();
        String id = c.id("SOCIAL_CARE");
        // A prompt delivered to the setting about this referral is not the referral reaching the agency.
        delivery("delivery.succeeded", c.childId(), id, HOME);
        delivery("delivery.succeeded", c.childId(), id, LA);
        awaitStatus(id, "SENT");
        var changed = awaitReferralEvent("referral.status-changed", id);
        assertThat(changed.path("previousStatus").asText()).isEqualTo("PENDING");
        assertThat(changed.path("status").asText()).isEqualTo("SENT");
        delivery("delivery.acknowledged", c.childId(), id, LA);
        awaitStatus(id, "ACKNOWLEDGED");
        // A late repeat changes nothing; a later event of the same child shows it was consumed.
        delivery("delivery.succeeded", c.childId(), id, LA);
        delivery("delivery.succeeded", c.childId(), c.id("POLICE"), POLICE);
        awaitStatus(c.id("POLICE"), "SENT");
        assertThat(Fixture.status(id)).isEqualTo("ACKNOWLEDGED");
        uk.safeguarding.referral.support.Events.await(uk.safeguarding.platform.event.Topics.REFERRALS, "referral.status-changed",
                d -> id.equals(d.path("referralId").asText()) && "ACKNOWLEDGED".equals(d.path("status").asText()));
        assertThat(referralEvents("referral.status-changed", id)).hasSize(2);
        var view = referral(id, socialWorker(LA));
        assertThat(view.getString("sentAt")).isNotNull();
        assertThat(view.getString("acknowledgedAt")).isNotNull();
    }

    @Test
    void eachAgencyAnswersWithTheOutcomesOfItsType() {
        Case c = referred();
        sent(c, "SOCIAL_CARE", LA);
        sent(c, "POLICE", POLICE);
        sent(c, "OFSTED", "OFSTED");
        sent(c, "SPECIALIST", SPECIALIST);
        sent(c, "PLACING_AUTHORITY", PLACING_LA);

        // Outcomes of another type of agency: 422; not an outcome at all: 400.
        respond(police(POLICE), c.id("POLICE"), Map.of("outcome", "NOTED")).statusCode(422).body("errors[0].field", equalTo("outcome"));
        respond(ofsted(), c.id("OFSTED"), Map.of("outcome", "S47_ENQUIRY")).statusCode(422);
        respond(specialist(SPECIALIST), c.id("SPECIALIST"), Map.of("outcome", "INVESTIGATION_OPENED")).statusCode(422);
        respond(police(POLICE), c.id("POLICE"), Map.of("outcome", "ARRESTED")).statusCode(400).body("errors[0].field", equalTo("outcome"));
        respond(police(POLICE), c.id("POLICE"), Map.of("note", "no outcome")).statusCode(400).body("errors[0].field", equalTo("outcome"));

        respond(socialWorker(LA), c.id("SOCIAL_CARE"), Map.of("outcome", "S47_ENQUIRY", "note", "strategy meeting held"))
                .statusCode(200).body("status", equalTo("RESPONDED")).body("outcome", equalTo("S47_ENQUIRY"))
                .body("responseNote", equalTo("strategy meeting held"));
        respond(police(POLICE), c.id("POLICE"), Map.of("outcome", "INVESTIGATION_OPENED")).statusCode(200);
        respond(ofsted(), c.id("OFSTED"), Map.of("outcome", "NOTED")).statusCode(200);
        respond(specialist(SPECIALIST), c.id("SPECIALIST"), Map.of("outcome", "ACCEPTED")).statusCode(200);
        respond(socialWorker(PLACING_LA), c.id("PLACING_AUTHORITY"), Map.of("outcome", "STRATEGY_DISCUSSION")).statusCode(200);

        var responded = awaitReferralEvent("referral.responded", c.id("POLICE"));
        assertThat(responded.path("outcome").asText()).isEqualTo("INVESTIGATION_OPENED");
        assertThat(responded.path("previousStatus").asText()).isEqualTo("SENT");
        // Answered once.
        respond(police(POLICE), c.id("POLICE"), Map.of("outcome", "NO_FURTHER_ACTION")).statusCode(409);
    }

    @Test
    void notInNeedRequiresAnOnwardReferralAndPromptsTheSetting() {
        Case c = referred();
        String id = c.id("SOCIAL_CARE");
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED")).statusCode(409); // still PENDING
        sent(c, "SOCIAL_CARE", LA);
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED")).statusCode(400).body("errors[0].field", equalTo("onwardReferral"));
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED", "onwardReferral", Map.of("considered", true, "orgIds", List.of())))
                .statusCode(400).body("errors[0].field", equalTo("onwardReferral.rationale"));
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED",
                "onwardReferral", Map.of("considered", true, "orgIds", List.of("SPEC-404"), "rationale", "r")))
                .statusCode(422).body("errors[0].field", equalTo("onwardReferral.orgIds[0]"));
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED", "note", "thresholds not met",
                "onwardReferral", Map.of("considered", true, "orgIds", List.of(SPECIALIST, "HEALTH-001"), "rationale", "early help offer")))
                .statusCode(200).body("onwardReferral.orgIds", equalTo(List.of(SPECIALIST, "HEALTH-001")))
                .body("onwardReferral.considered", equalTo(true));
        var event = awaitReferralEvent("referral.responded", id);
        assertThat(event.path("outcome").asText()).isEqualTo("NOT_IN_NEED");
        assertThat(event.path("settingOrgId").asText()).isEqualTo(HOME);
        // The referring DCPO reads the answer.
        var seen = referral(id, dcpo(HOME));
        assertThat(seen.getString("onwardReferral.rationale")).isEqualTo("early help offer");
        // Procedure 3.3: the onward referrals are made, routed and delivered like any other; the specialist
        // already referred on the child's agreement is not referred twice.
        var all = referrals(c.concernId(), 6);
        assertThat(all).filteredOn(r -> "ONWARD".equals(r.get("role"))).singleElement().satisfies(r -> {
            assertThat(r.get("agencyOrgId")).isEqualTo("HEALTH-001");
            assertThat(r.get("agencyType")).isEqualTo("HEALTH");
            assertThat(r.get("lawfulBasis")).isEqualTo("PUBLIC_TASK");
            assertThat(r.get("status")).isEqualTo("PENDING");
            assertThat(r.get("unresolvedAgency")).isEqualTo(false);
            var created = awaitReferralEvent("referral.created", (String) r.get("id"));
            assertThat(created.path("role").asText()).isEqualTo("ONWARD");
            assertThat(created.path("agencyOrgId").asText()).isEqualTo("HEALTH-001");
        });
        assertThat(all).filteredOn(r -> SPECIALIST.equals(r.get("agencyOrgId"))).hasSize(1);
    }

    @Test
    void anOnwardReferralGoesToAnAgencyNeverToASettingOrOfsted() {
        Case c = referred();
        String id = c.id("SOCIAL_CARE");
        sent(c, "SOCIAL_CARE", LA);
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED",
                "onwardReferral", Map.of("considered", true, "orgIds", List.of("HEALTH-001", SCHOOL, "OFSTED"), "rationale", "r")))
                .statusCode(422).body("errors.field", equalTo(List.of("onwardReferral.orgIds[1]", "onwardReferral.orgIds[2]")));
        assertThat(status(id)).isEqualTo("SENT");
        // considered and none named: recorded, nobody referred
        respond(socialWorker(LA), id, Map.of("outcome", "NOT_IN_NEED",
                "onwardReferral", Map.of("considered", true, "orgIds", List.of(), "rationale", "no agency would help now")))
                .statusCode(200);
        assertThat(referrals(c.concernId(), 5)).noneMatch(r -> "ONWARD".equals(r.get("role")));
    }

    @Test
    void onlyTheAddressedAgencyMayAnswerOthersGet404() {
        Case c = referred();
        sent(c, "SOCIAL_CARE", LA);
        String id = c.id("SOCIAL_CARE");
        var body = Map.of("outcome", "EARLY_HELP");
        respond(socialWorker(PLACING_LA), id, body).statusCode(404);
        respond(police(POLICE), id, body).statusCode(404);
        respond(dcpo(HOME), id, body).statusCode(404);
        respond(ADMIN, id, body).statusCode(404);
        respond(token(LA, "staff"), id, body).statusCode(404);
        respond(socialWorker(LA), UUID.randomUUID().toString(), body).statusCode(404);
        respond(socialWorker(LA), id, body).statusCode(200);
    }

    @Test
    void revocationOnlyWhilePendingByTheReferringDcpoAndNeverForOfsted() {
        Case c = referred();
        var reason = Map.of("reason", "sent in error");
        String police = c.id("POLICE");
        given().auth().oauth2(token(HOME, "staff")).contentType(JSON).body(reason).post("/api/referrals/" + police + "/revoke").then().statusCode(403);
        given().auth().oauth2(police(POLICE)).contentType(JSON).body(reason).post("/api/referrals/" + police + "/revoke").then().statusCode(403);
        given().auth().oauth2(dcpo(SCHOOL)).contentType(JSON).body(reason).post("/api/referrals/" + police + "/revoke").then().statusCode(404);
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of()).post("/api/referrals/" + police + "/revoke").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(reason).post("/api/referrals/" + c.id("OFSTED") + "/revoke").then().statusCode(409);

        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(reason).post("/api/referrals/" + police + "/revoke").then()
                .statusCode(200).body("status", equalTo("REVOKED")).body("revokeReason", equalTo("sent in error"));
        var revoked = awaitReferralEvent("referral.revoked", police);
        assertThat(revoked.path("previousStatus").asText()).isEqualTo("PENDING");
        given().auth().oauth2(NOTIFIER).queryParam("recipientType", "POLICE").get("/internal/referrals/" + police + "/packet").then()
                .statusCode(200).body("active", equalTo(false));
        // A revoked referral is never sent, answered or added to.
        delivery("delivery.succeeded", c.childId(), police, POLICE);
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of("note", "more")).post("/api/referrals/" + police + "/updates").then().statusCode(409);

        sent(c, "SOCIAL_CARE", LA);
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(reason).post("/api/referrals/" + c.id("SOCIAL_CARE") + "/revoke").then().statusCode(409);
        assertThat(Fixture.status(police)).isEqualTo("REVOKED");
    }

    @Test
    void aRevokedReferralShowsTheAgencyItsIdAgencyStatusAndTimeOnlyEverywhere() {
        Case c = referred();
        String police = c.id("POLICE");
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of("reason", "sent to the wrong force"))
                .post("/api/referrals/" + police + "/revoke").then().statusCode(200);
        java.util.Set<String> minimal = java.util.Set.of("id", "agencyOrgId", "status", "revokedAt");

        var read = given().auth().oauth2(police(POLICE)).get("/api/referrals/" + police).then().statusCode(200).extract().jsonPath();
        assertThat(read.getMap("").keySet()).containsExactlyInAnyOrderElementsOf(minimal);
        assertThat(read.getString("status")).isEqualTo("REVOKED");
        assertThat(read.getString("revokedAt")).isNotNull();
        var listed = given().auth().oauth2(police(POLICE)).get("/api/referrals?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).stream().filter(m -> police.equals(m.get("id"))).toList();
        assertThat(listed).singleElement().satisfies(m -> assertThat(m.keySet()).containsExactlyInAnyOrderElementsOf(minimal));
        // Answering it: 409, and the problem says nothing of the child or the reason.
        String problem = respond(police(POLICE), police, Map.of("outcome", "NO_FURTHER_ACTION")).statusCode(409)
                .contentType("application/problem+json").extract().asString();
        assertThat(problem).doesNotContain(c.childId().toString(), "wrong force");
        // Its packet: inactive, and nothing but the same four facts.
        var packet = given().auth().oauth2(NOTIFIER).queryParam("recipientType", "POLICE").get("/internal/referrals/" + police + "/packet")
                .then().statusCode(200).body("active", equalTo(false)).body("childId", nullValue()).extract().jsonPath();
        assertThat(packet.getList("fieldsDisclosed")).isEmpty();
        assertThat(packet.getMap("data.referral").keySet()).containsExactlyInAnyOrderElementsOf(minimal);
        assertThat(packet.prettify()).doesNotContain(c.childId().toString(), c.concernId().toString(), "wrong force");
        // The referring setting still sees its own record in full.
        given().auth().oauth2(dcpo(HOME)).get("/api/referrals/" + police).then().statusCode(200)
                .body("childId", equalTo(c.childId().toString())).body("revokeReason", equalTo("sent to the wrong force"));
    }

    @Test
    void ofstedNeverReceivesTheChildsIdOrTheSettingsFreeTextInAnyAnswer() {
        Case c = referred();
        String id = c.id("OFSTED");
        sent(c, "OFSTED", "OFSTED");
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of("note", "the child named an adult at the park"))
                .post("/api/referrals/" + id + "/updates").then().statusCode(200);
        java.util.List<String> answers = new java.util.ArrayList<>();
        answers.add(given().auth().oauth2(ofsted()).get("/api/referrals/" + id).then().statusCode(200).extract().asString());
        answers.add(given().auth().oauth2(ofsted()).get("/api/referrals?concernId=" + c.concernId()).then().statusCode(200)
                .body("total", equalTo(1)).extract().asString());
        answers.add(respond(ofsted(), id, Map.of("outcome", "NOTED", "note", "noted by the inspector")).statusCode(200)
                .body("status", equalTo("RESPONDED")).body("outcome", equalTo("NOTED")).extract().asString());
        answers.add(given().auth().oauth2(ofsted()).get("/api/referrals/" + id).then().statusCode(200).extract().asString());
        answers.add(given().auth().oauth2(NOTIFIER).queryParam("recipientType", "OFSTED").get("/internal/referrals/" + id + "/packet")
                .then().statusCode(200).extract().asString());
        for (String answer : answers) {
            assertThat(answer).doesNotContain(c.childId().toString(), "the park", "noted by the inspector", "childId",
                    "responseNote", "updates");
        }
    }

    @Test
    void updatesAndEscalationsReachTheAgency() {
        Case c = referred();
        String id = c.id("SOCIAL_CARE");
        sent(c, "SOCIAL_CARE", LA);
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of("note", "the child disclosed more today"))
                .post("/api/referrals/" + id + "/updates").then().statusCode(200)
                .body("updates[0].kind", equalTo("UPDATE")).body("updates[0].text", equalTo("the child disclosed more today"));
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of("reason", "no response within a working day"))
                .post("/api/referrals/" + id + "/escalations").then().statusCode(200).body("updates[1].kind", equalTo("ESCALATION"));
        given().auth().oauth2(socialWorker(LA)).contentType(JSON).body(Map.of("reason", "x"))
                .post("/api/referrals/" + id + "/escalations").then().statusCode(403);
        given().auth().oauth2(dcpo(HOME)).contentType(JSON).body(Map.of("note", ""))
                .post("/api/referrals/" + id + "/updates").then().statusCode(400).body("errors[0].field", equalTo("note"));
        var updated = awaitReferralEvent("referral.updated", id);
        assertThat(updated.toString()).doesNotContain("disclosed");
        awaitReferralEvent("referral.escalated", id);
        assertThat(referral(id, socialWorker(LA)).getList("updates.text"))
                .containsExactly("the child disclosed more today", "no response within a working day");

        var packet = given().auth().oauth2(NOTIFIER).queryParam("recipientType", "LOCAL_AUTHORITY").get("/internal/referrals/" + id + "/packet")
                .then().statusCode(200).extract().jsonPath();
        assertThat(packet.getString("data.referral.latestUpdate.note")).isEqualTo("the child disclosed more today");
        assertThat(packet.getString("data.referral.latestEscalation.reason")).isEqualTo("no response within a working day");
    }

    @Test
    void theAuditorListsOneChildsReferralsForSubjectAccessAndWritesNothing() {
        Case c = referred();
        Case other = referred();
        String auditor = token("AUD-1", "auditor");
        String id = c.id("SOCIAL_CARE");
        sent(c, "SOCIAL_CARE", LA);
        respond(socialWorker(LA), id, Map.of("outcome", "S47_ENQUIRY", "note", "strategy meeting held")).statusCode(200);
        var listed = given().auth().oauth2(auditor).get("/api/referrals?childId=" + c.childId()).then().statusCode(200)
                .body("total", equalTo(5)).extract().jsonPath();
        assertThat(listed.getList("items.childId", String.class)).containsOnly(c.childId().toString());
        // As the referring setting sees them: the agency's answer included.
        assertThat(listed.getList("items.responseNote", String.class)).contains("strategy meeting held");
        given().auth().oauth2(auditor).get("/api/referrals?childId=" + other.childId() + "&agencyOrgId=" + POLICE).then()
                .statusCode(200).body("total", equalTo(1));
        // Always one child: without childId 400 naming it; nothing by id; no writes.
        given().auth().oauth2(auditor).get("/api/referrals?concernId=" + c.concernId()).then().statusCode(400)
                .body("errors[0].field", equalTo("childId"));
        given().auth().oauth2(auditor).get("/api/referrals").then().statusCode(400).body("errors[0].field", equalTo("childId"));
        given().auth().oauth2(auditor).get("/api/referrals/" + id).then().statusCode(403);
        respond(auditor, c.id("POLICE"), Map.of("outcome", "NO_FURTHER_ACTION", "note", "x")).statusCode(404);
        given().auth().oauth2(auditor).contentType(JSON).body(Map.of("reason", "x"))
                .post("/api/referrals/" + c.id("POLICE") + "/revoke").then().statusCode(403);
        given().auth().oauth2(auditor).contentType(JSON).body(Map.of("note", "x"))
                .post("/api/referrals/" + id + "/updates").then().statusCode(403);
    }

    @Test
    void agenciesSeeTheirsTheSettingItsOwnOpsAndAdminMetadata() {
        Case c = referred();
        String q = "/api/referrals?concernId=" + c.concernId();
        given().auth().oauth2(socialWorker(LA)).get(q).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].role", equalTo("SOCIAL_CARE"));
        given().auth().oauth2(socialWorker(PLACING_LA)).get(q).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].role", equalTo("PLACING_AUTHORITY"));
        given().auth().oauth2(police(POLICE)).get(q).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(ofsted()).get(q).then().statusCode(200).body("total", equalTo(1)).body("items[0].agencyType", equalTo("OFSTED"));
        given().auth().oauth2(dcpo(HOME)).get(q).then().statusCode(200).body("total", equalTo(5));
        given().auth().oauth2(token(HOME, "staff")).get(q).then().statusCode(200).body("total", equalTo(5));
        given().auth().oauth2(dcpo(SCHOOL)).get(q).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(OPS).get(q).then().statusCode(200).body("total", equalTo(5));
        given().auth().oauth2(ADMIN).get(q).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(token(LA, "police")).get(q).then().statusCode(403);

        // Tenancy: another org's referral is 404, never 403.
        given().auth().oauth2(dcpo(SCHOOL)).get("/api/referrals/" + c.id("POLICE")).then().statusCode(404);
        given().auth().oauth2(socialWorker(LA)).get("/api/referrals/" + c.id("POLICE")).then().statusCode(404);
        given().auth().oauth2(police(POLICE)).get("/api/referrals/" + c.id("POLICE")).then().statusCode(200);
        // a malformed id is the contract's 400 naming it, in every service (was a 404 here)
        given().auth().oauth2(police(POLICE)).get("/api/referrals/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));

        // Filters and their validation.
        given().auth().oauth2(dcpo(HOME)).get(q + "&agencyOrgId=" + POLICE).then().body("total", equalTo(1));
        given().auth().oauth2(dcpo(HOME)).get(q + "&status=PENDING").then().body("total", equalTo(5));
        // enum values are their exact names in every service, as in bodies (this one accepted lower case before)
        given().auth().oauth2(dcpo(HOME)).get(q + "&status=pending").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(dcpo(HOME)).get(q + "&status=RESPONDED").then().body("total", equalTo(0));
        given().auth().oauth2(dcpo(HOME)).get("/api/referrals?childId=" + c.childId()).then().body("total", equalTo(5));
        given().auth().oauth2(dcpo(HOME)).get(q + "&size=2&page=1").then().body("items.size()", equalTo(2))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5));
        given().auth().oauth2(dcpo(HOME)).get(q + "&status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(dcpo(HOME)).get("/api/referrals?concernId=42").then().statusCode(400).body("errors[0].field", equalTo("concernId"));
        given().auth().oauth2(dcpo(HOME)).get(q + "&size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(dcpo(HOME)).get(q + "&page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));

        // Ops sees no free text even after a response.
        sent(c, "POLICE", POLICE);
        respond(police(POLICE), c.id("POLICE"), Map.of("outcome", "INTELLIGENCE_RECORDED", "note", "named suspect")).statusCode(200);
        given().auth().oauth2(OPS).get("/api/referrals/" + c.id("POLICE")).then().statusCode(200)
                .body("outcome", equalTo("INTELLIGENCE_RECORDED")).body("responseNote", nullValue());
        given().auth().oauth2(dcpo(HOME)).get("/api/referrals/" + c.id("POLICE")).then().body("responseNote", equalTo("named suspect"));
        given().auth().oauth2(police(POLICE)).get("/api/referrals?size=200").then().body("items.agencyOrgId", not(hasItem(LA)));
    }

    @Test
    void referralOverdueIsEmittedOnceForEachReferralNotAcknowledgedInTime() {
        UUID childId = child(SCHOOL, null, false, null);
        var decision = decision(childId, SCHOOL).decidedAt(OffsetDateTime.now().minusDays(5));
        decision.publish();
        var ids = byRole(referrals(decision.concernId, 2));
        for (String id : ids.values()) {
            var overdue = awaitReferralEvent("referral.overdue", id);
            assertThat(overdue.path("status").asText()).isEqualTo("PENDING");
        }
        given().auth().oauth2(OPS).get("/api/referrals?overdue=true&concernId=" + decision.concernId).then().body("total", equalTo(2))
                .body("items[0].overdue", equalTo(true));
        // Another sweep (as after a restart) reports nothing again: the flag is persisted.
        service.reportOverdue(OffsetDateTime.now());
        service.reportOverdue(OffsetDateTime.now());
        for (String id : ids.values()) {
            assertThat(referralEvents("referral.overdue", id)).hasSize(1);
        }

        // Acknowledged in time: never overdue, even when the due time has long passed.
        Case c = referred();
        delivery("delivery.acknowledged", c.childId(), c.id("SOCIAL_CARE"), LA);
        awaitStatus(c.id("SOCIAL_CARE"), "ACKNOWLEDGED");
        service.reportOverdue(OffsetDateTime.now().plusDays(30));
        awaitReferralEvent("referral.overdue", c.id("POLICE"));
        assertThat(referralEvents("referral.overdue", c.id("SOCIAL_CARE"))).isEmpty();
    }

    @Test
    void packetsAreRedactedForTheRecipient() {
        Case c = referred();
        String path = "/internal/referrals/" + c.id("POLICE") + "/packet";
        var forPolice = given().auth().oauth2(NOTIFIER).queryParam("recipientType", "POLICE").get(path).then().statusCode(200)
                .body("packetType", equalTo("REFERRAL")).body("recipientType", equalTo("POLICE")).body("active", equalTo(true))
                .body("childId", equalTo(c.childId().toString())).body("data.referral.id", equalTo(c.id("POLICE")))
                .body("data.referral.concernId", equalTo(c.concernId().toString())).body("data.referral.lawfulBasis", equalTo("LEGAL_OBLIGATION"))
                .body("data.referral.consentStatus", equalTo("NOT_SOUGHT")).body("data.referral.status", equalTo("PENDING"))
                .body("data.setting.orgId", equalTo(HOME)).extract().jsonPath();
        assertThat(forPolice.getList("fieldsDisclosed")).containsExactlyInAnyOrder("REFERRAL", "SETTING");
        assertThat(forPolice.getString("data.referral.dueBy")).isNotNull();

        var forOfsted = given().auth().oauth2(NOTIFIER).queryParam("recipientType", "OFSTED")
                .get("/internal/referrals/" + c.id("OFSTED") + "/packet").then().statusCode(200)
                .body("data.reg40.home.ofstedUrn", equalTo("SC200001")).body("data.reg40.home.name", equalTo("Oak House Children's Home"))
                .body("data.referral.lawfulBasis", equalTo("LEGAL_OBLIGATION")).body("data.setting", nullValue())
                .body("childId", nullValue()).extract().jsonPath();
        assertThat(forOfsted.getList("fieldsDisclosed")).containsExactlyInAnyOrder("REFERRAL", "REG40_SUMMARY");

        var forOps = given().auth().oauth2(NOTIFIER).queryParam("recipientType", "OPS").get(path).then().statusCode(200).extract().jsonPath();
        assertThat(forOps.getList("fieldsDisclosed")).isEmpty();
        assertThat(forOps.getMap("data")).isEmpty();

        given().auth().oauth2(NOTIFIER).get(path).then().statusCode(400).body("errors[0].field", equalTo("recipientType"));
        given().auth().oauth2(NOTIFIER).queryParam("recipientType", "PRESS").get(path).then().statusCode(400).body("errors[0].field", equalTo("recipientType"));
        given().auth().oauth2(NOTIFIER).queryParam("recipientType", "POLICE").get("/internal/referrals/" + UUID.randomUUID() + "/packet").then().statusCode(404);
        given().auth().oauth2(ADMIN).queryParam("recipientType", "POLICE").get(path).then().statusCode(403);
        given().auth().oauth2(police(POLICE)).queryParam("recipientType", "POLICE").get(path).then().statusCode(403);
        given().queryParam("recipientType", "POLICE").get(path).then().statusCode(401);
    }

    @Test
    void anIdempotencyKeyReplaysAResponse() {
        Case c = referred();
        sent(c, "SPECIALIST", SPECIALIST);
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(specialist(SPECIALIST)).header("Idempotency-Key", key).contentType(JSON).body(Map.of("outcome", "DECLINED"))
                .post("/api/referrals/" + c.id("SPECIALIST") + "/response").then().statusCode(200);
        given().auth().oauth2(specialist(SPECIALIST)).header("Idempotency-Key", key).contentType(JSON).body(Map.of("outcome", "DECLINED"))
                .post("/api/referrals/" + c.id("SPECIALIST") + "/response").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("outcome", equalTo("DECLINED"));
        awaitReferralEvent("referral.responded", c.id("SPECIALIST"));
        assertThat(referralEvents("referral.responded", c.id("SPECIALIST"))).hasSize(1);
    }
}
