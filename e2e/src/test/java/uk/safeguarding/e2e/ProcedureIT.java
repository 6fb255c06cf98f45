package uk.safeguarding.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * Issue 12 through the gateway with real tokens: routing by the home, suspected CSE at a home
 * told to police too, the child's own agreement to a specialist referral, evidence preservation,
 * and onward referrals when not in need (procedure 3.3 to 3.5).
 */
@ExtendWith(StackExtension.class)
class ProcedureIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String raise(String user, String childId, List<String> indicators, boolean sexualActivity) {
        return as(user).body(Scenario.concern(childId, indicators, sexualActivity, null))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> referralsOf(String dcpo, String concernId, int expected) {
        JsonPath[] last = new JsonPath[1];
        eventually(WAIT, () -> {
            last[0] = as(dcpo).when().get("/api/referrals?concernId=" + concernId).then().statusCode(200).extract().jsonPath();
            assertThat(last[0].getList("items")).hasSize(expected);
        });
        return last[0].getList("items");
    }

    private static Map<String, String> basisByAgency(List<Map<String, Object>> referrals) {
        return referrals.stream().collect(Collectors.toMap(r -> (String) r.get("agencyOrgId"), r -> (String) r.get("lawfulBasis")));
    }

    private static String idOf(List<Map<String, Object>> referrals, String agency) {
        return referrals.stream().filter(r -> agency.equals(r.get("agencyOrgId"))).map(r -> (String) r.get("id")).findFirst().orElseThrow();
    }

    private static void awaitStatus(String user, String referralId, String status) {
        eventually(WAIT, () -> as(user).when().get("/api/referrals/" + referralId).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void monitorWithCseSuspectedAtAHomeReachesOfstedThePlacingAuthorityAndPolice() {
        String concernId = raise("staff.oakhouse", Scenario.lookedAfterChildAtOakHouse("Robin", "Procedure", 15),
                List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false);
        as("dcpo.oakhouse").body(Scenario.decision("MONITOR", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200).body("status", equalTo("MONITORING"));
        assertThat(basisByAgency(referralsOf("dcpo.oakhouse", concernId, 3))).containsExactlyInAnyOrderEntriesOf(Map.of(
                Scenario.OFSTED, "LEGAL_OBLIGATION", Scenario.NORTH_SOMERSET, "LEGAL_OBLIGATION", Scenario.POLICE, "LEGAL_OBLIGATION"));
        // The force reads the concern it was told of; each agency lists only its own referral.
        eventually(WAIT, () -> as("police.avon").when().get("/api/concerns/" + concernId).then().statusCode(200));
        assertThat(as("police.avon").when().get("/api/referrals?concernId=" + concernId).then().statusCode(200)
                .extract().jsonPath().getList("items.agencyOrgId")).containsOnly(Scenario.POLICE);
        assertThat(as("sw.northsomerset").when().get("/api/referrals?concernId=" + concernId).then().statusCode(200)
                .extract().jsonPath().getList("items.agencyOrgId")).containsOnly(Scenario.NORTH_SOMERSET);
    }

    @Test
    void aSchoolPupilLivingInAHomeOfAnotherAreaIsReferredToTheHomesAuthorityAndForce() {
        String suffix = Integer.toString((int) (Math.random() * 900000) + 100000);
        String force = "PF-E2E" + suffix;
        String home = "SC-E2E" + suffix;
        as("admin.user").body(Map.of("name", "E2E Constabulary " + suffix, "type", "POLICE_FORCE"))
                .when().put("/api/organisations/" + force).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        as("admin.user").body(Map.of("name", "Birch House " + suffix, "type", "CHILDRENS_HOME",
                        "localAuthorityOrgId", Scenario.NORTH_SOMERSET, "policeForceOrgId", force, "ofstedUrn", "SC" + suffix))
                .when().put("/api/organisations/" + home).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", "Sam");
        child.put("familyName", "Elsewhere");
        child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(14).minusMonths(3).toString());
        child.put("dateOfBirthEstimated", false);
        child.put("gender", "MALE");
        child.put("settingOrgId", Scenario.HILLSIDE);
        child.put("residenceOrgId", home);
        child.put("lookedAfter", true);
        child.put("placingAuthorityOrgId", Scenario.BRISTOL);
        child.put("vulnerabilities", List.of("IN_OR_LEAVING_CARE"));
        String[] childId = new String[1];
        // concern-service learns of the new home from organisation events
        eventually(WAIT, () -> childId[0] = as("staff.hillside").body(child).when().post("/api/children")
                .then().statusCode(201).extract().path("id"));
        String concernId = raise("staff.hillside", childId[0], List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false);

        as("dcpo.hillside").body(Scenario.decision("REFER", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        // Social care and police of the area where the home is (procedure 3.3), not the school's (LA-801 is only the placing authority).
        assertThat(basisByAgency(referralsOf("dcpo.hillside", concernId, 4))).containsExactlyInAnyOrderEntriesOf(Map.of(
                Scenario.NORTH_SOMERSET, "PUBLIC_TASK",
                force, "LEGAL_OBLIGATION",
                Scenario.OFSTED, "LEGAL_OBLIGATION",
                Scenario.BRISTOL, "LEGAL_OBLIGATION"));
        assertThat(as("police.avon").when().get("/api/referrals?concernId=" + concernId).then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
        as("police.avon").when().get("/api/concerns/" + concernId).then().statusCode(404);
    }

    @Test
    void aParentsAgreementIsRefusedAndTheChildsAgreementThenWithdrawnShutsTheSpecialistOut() {
        String concernId = raise("staff.oakhouse", Scenario.lookedAfterChildAtOakHouse("Alex", "Agreement", 15),
                List.of("REL_ONLINE_RELATIONSHIPS_ADULTS"), false);
        as("dcpo.oakhouse").body(Scenario.decision("REFER", false,
                        Map.of("specialistOrgId", Scenario.SPECIALIST, "agreed", true, "by", "PARENT")))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("specialistReferral.by"));
        as("dcpo.oakhouse").body(Scenario.decision("REFER", false, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        referralsOf("dcpo.oakhouse", concernId, 2);

        Map<String, Object> agree = new LinkedHashMap<>();
        agree.put("specialistOrgId", Scenario.SPECIALIST);
        agree.put("agreed", true);
        agree.put("by", "CHILD");
        agree.put("reason", "Alex asked to see the BASE worker");
        as("dcpo.oakhouse").body(Map.of("specialistOrgId", Scenario.SPECIALIST, "agreed", true, "by", "PARENT", "reason", "mum agreed"))
                .when().post("/api/concerns/" + concernId + "/specialist-consent").then().statusCode(422)
                .body("errors.field", hasItem("by"));
        as("dcpo.oakhouse").body(agree).when().post("/api/concerns/" + concernId + "/specialist-consent").then().statusCode(201);
        List<Map<String, Object>> three = referralsOf("dcpo.oakhouse", concernId, 3);
        assertThat(basisByAgency(three)).containsEntry(Scenario.SPECIALIST, "CONSENT");
        String specialistReferral = idOf(three, Scenario.SPECIALIST);
        eventually(WAIT, () -> as("specialist.base").when().get("/api/concerns/" + concernId).then().statusCode(200)
                .body("summary", equalTo("Staff observation recorded for the e2e scenario")));

        agree.put("agreed", false);
        agree.put("reason", "Alex no longer wants the referral");
        as("dcpo.oakhouse").body(agree).when().post("/api/concerns/" + concernId + "/specialist-consent").then().statusCode(201);
        // At once: the specialist reads nothing of the concern.
        as("specialist.base").when().get("/api/concerns/" + concernId).then().statusCode(404);
        as("specialist.base").when().get("/api/concerns/" + concernId + "/history").then().statusCode(404);
        awaitStatus("dcpo.oakhouse", specialistReferral, "REVOKED");
        as("dcpo.oakhouse").when().get("/api/referrals/" + specialistReferral).then().statusCode(200)
                .body("revokeReason", org.hamcrest.Matchers.containsString("withdrew"));
        // Other agencies are untouched.
        List<Map<String, Object>> after = referralsOf("dcpo.oakhouse", concernId, 3);
        assertThat(after).filteredOn(r -> !Scenario.SPECIALIST.equals(r.get("agencyOrgId")))
                .extracting(r -> (String) r.get("status")).doesNotContain("REVOKED");
    }

    @Test
    void evidenceIsRecordedHandedOverAndSeenByTheReferredForceOnly() {
        String concernId = raise("staff.oakhouse", Scenario.lookedAfterChildAtOakHouse("Jo", "Evidence", 14),
                List.of("REL_OLDER_PARTNER"), true);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", "CLOTHING");
        item.put("description", "Jacket worn on return, bagged unwashed");
        item.put("preservedAt", Scenario.now().minusHours(1).withNano(0).toString());
        item.put("storedWhere", "Office safe, bag E2E-1");
        String evidenceId = as("staff.oakhouse").body(item).when().post("/api/concerns/" + concernId + "/evidence")
                .then().statusCode(201).body("custody", hasSize(1)).extract().path("id");
        Map<String, Object> handover = Map.of("at", Scenario.now().minusMinutes(10).withNano(0).toString(),
                "officer", "PC 4711 Avery", "reference", "AS-E2E-" + UUID.randomUUID().toString().substring(0, 8));
        as("dcpo.oakhouse").body(handover).when().post("/api/concerns/" + concernId + "/evidence/" + evidenceId + "/handover")
                .then().statusCode(200).body("custody[1].action", equalTo("HANDED_OVER_TO_POLICE"));

        // Not yet referred: the force sees nothing.
        as("police.avon").when().get("/api/concerns/" + concernId + "/evidence").then().statusCode(404);
        as("dcpo.oakhouse").body(Scenario.decision("REFER", false, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        eventually(WAIT, () -> as("police.avon").when().get("/api/concerns/" + concernId + "/evidence").then().statusCode(200)
                .body("[0].id", equalTo(evidenceId)).body("[0].custody[1].officer", equalTo("PC 4711 Avery")));
        as("sw.bristol").when().get("/api/concerns/" + concernId + "/evidence").then().statusCode(403);
        as("staff.oakhouse").when().get("/api/concerns/" + concernId + "/evidence").then().statusCode(403);
        as("dcpo.hillside").when().get("/api/concerns/" + concernId + "/evidence").then().statusCode(404);
        // The flowchart tells staff to preserve, not investigate.
        String svg = as("staff.oakhouse").when().get("/api/concerns/" + concernId + "/pathway.svg").then().statusCode(200).extract().asString();
        assertThat(svg).contains("Preserve, do not investigate");
    }

    @Test
    void anOnwardReferralFromNotInNeedIsDelivered() {
        String concernId = raise("staff.oakhouse", Scenario.lookedAfterChildAtOakHouse("Kai", "Onward", 13),
                List.of("EDUCATION_DISENGAGEMENT"), false);
        as("dcpo.oakhouse").body(Scenario.decision("REFER", false, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        String socialCare = idOf(referralsOf("dcpo.oakhouse", concernId, 2), Scenario.BRISTOL);
        awaitStatus("sw.bristol", socialCare, "SENT");
        as("sw.bristol").body(Map.of("outcome", "NOT_IN_NEED", "note", "Below threshold; early help elsewhere",
                        "onwardReferral", Map.of("considered", true, "orgIds", List.of(Scenario.NORTH_SOMERSET),
                                "rationale", "North Somerset's early help team knows the family")))
                .when().post("/api/referrals/" + socialCare + "/response").then().statusCode(200);
        List<Map<String, Object>> three = referralsOf("dcpo.oakhouse", concernId, 3);
        Map<String, Object> onward = three.stream().filter(r -> Scenario.NORTH_SOMERSET.equals(r.get("agencyOrgId"))).findFirst().orElseThrow();
        assertThat(onward.get("lawfulBasis")).isEqualTo("PUBLIC_TASK");
        // Delivered like any other referral: the agency has it and can read the concern.
        awaitStatus("sw.northsomerset", (String) onward.get("id"), "SENT");
        eventually(WAIT, () -> as("sw.northsomerset").when().get("/api/concerns/" + concernId).then().statusCode(200));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupportPlanReviewDueTodayPromptsTheDcpoAndThePlacingAuthorityOnly() {
        String childId = Scenario.lookedAfterChildAtOakHouse("Sky", "Plan", 16);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("childId", childId);
        plan.put("agreedServices", List.of(Map.of("service", "SPECIALIST_CSE", "coordinatingAgencyOrgId", Scenario.SPECIALIST,
                "notes", "weekly sessions")));
        plan.put("childViews", "wants a female worker");
        plan.put("reviewDate", today);
        plan.put("lacReviewDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        plan.put("adultServicesLinks", List.of());
        // referral-service knows the child once child.registered is consumed.
        String[] created = new String[1];
        eventually(WAIT, () -> created[0] = as("dcpo.oakhouse").body(plan).when().post("/api/support-plans")
                .then().statusCode(201).extract().path("id"));
        String planId = created[0];

        for (String reader : List.of("dcpo.oakhouse", "sw.northsomerset")) {
            eventually(WAIT, () -> {
                List<Map<String, Object>> items = as(reader).when().get("/api/inbox?size=200").then().statusCode(200)
                        .extract().jsonPath().getList("items");
                Map<String, Object> item = items.stream().filter(i -> planId.equals(i.get("supportPlanId"))).findFirst().orElse(null);
                assertThat(item).as(reader + "'s inbox").isNotNull();
                assertThat(item).containsEntry("notification", "support-plan.prompt").containsEntry("promptKind", "REVIEW_DUE")
                        .containsEntry("promptDueDate", today);
                List<Map<String, Object>> packets = (List<Map<String, Object>>) item.get("packets");
                assertThat(packets).extracting(p -> p.get("packetType")).containsExactly("SUPPORT_PLAN");
                assertThat(packets.get(0).toString()).contains("SPECIALIST_CSE").doesNotContain("weekly sessions")
                        .doesNotContain("female worker");
            });
        }
        // Nobody else: not the home's own authority, not its police force.
        assertThat(as("sw.bristol").when().get("/api/inbox?size=200").then().statusCode(200).extract().asString()).doesNotContain(planId);
        assertThat(as("police.avon").when().get("/api/inbox?size=200").then().statusCode(200).extract().asString()).doesNotContain(planId);
    }
}
