package uk.safeguarding.referral.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.referral.support.Await;
import uk.safeguarding.testing.ServiceTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.safeguarding.referral.support.Fixture.HEALTH;
import static uk.safeguarding.referral.support.Fixture.LA;
import static uk.safeguarding.referral.support.Fixture.OTHER_SCHOOL;
import static uk.safeguarding.referral.support.Fixture.PLACING_LA;
import static uk.safeguarding.referral.support.Fixture.POLICE;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.SPECIALIST;
import static uk.safeguarding.referral.support.Fixture.child;
import static uk.safeguarding.referral.support.Fixture.dcpo;
import static uk.safeguarding.referral.support.Fixture.police;
import static uk.safeguarding.referral.support.Fixture.socialWorker;
import static uk.safeguarding.referral.support.Fixture.token;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class SupportPlanResourceTest {

    static final String JSON = "application/json";

    @Inject
    EntityManager em;

    /** A looked-after child at Hillside Academy placed by LA-802, known once its event is consumed. */
    static UUID knownChild() {
        UUID childId = child(SCHOOL, null, true, PLACING_LA);
        Await.until("the child is known", () -> given().auth().oauth2(dcpo(SCHOOL)).queryParam("childId", childId.toString())
                .get("/api/support-plans").then().extract().statusCode(), s -> s == 200);
        return childId;
    }

    static Map<String, Object> plan(UUID childId) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("childId", childId.toString());
        plan.put("agreedServices", List.of(
                Map.of("service", "SEXUAL_HEALTH", "coordinatingAgencyOrgId", HEALTH),
                Map.of("service", "SPECIALIST_CSE", "coordinatingAgencyOrgId", SPECIALIST, "notes", "weekly sessions")));
        plan.put("childViews", "wants to stay at school and see her sister");
        plan.put("lacReviewDate", "2027-02-15");
        plan.put("reviewDate", "2027-02-01");
        plan.put("placementPlanUpdatedAt", "2026-11-28T09:30:00Z");
        plan.put("adultServicesLinks", List.of(Map.of("service", "Adult sexual health", "orgId", HEALTH, "plannedFrom", "2028-05-01")));
        plan.put("legalProceedings", Map.of("specialMeasures", List.of("SCREENS", "LIVE_LINK"), "isvaOrgId", SPECIALIST,
                "isvaName", "A. Adviser", "courtDates", List.of("2027-03-01")));
        return plan;
    }

    static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(JSON).body(body).when().post("/api/support-plans").then();
    }

    @Test
    void theDcpoAgreesAPlanAndThePlacingAuthorityRevisesItWithHistory() {
        UUID childId = knownChild();
        var created = create(dcpo(SCHOOL), plan(childId)).statusCode(201).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("childId", equalTo(childId.toString()))
                .body("agreedServices[1].service", equalTo("SPECIALIST_CSE"))
                .body("legalProceedings.specialMeasures", equalTo(List.of("SCREENS", "LIVE_LINK")))
                .body("legalProceedings.courtDates[0]", equalTo("2027-03-01"))
                .body("adultServicesLinks[0].plannedFrom", equalTo("2028-05-01"))
                .extract();
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/support-plans/" + id);

        given().auth().oauth2(socialWorker(PLACING_LA)).queryParam("childId", childId.toString()).get("/api/support-plans").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].childViews", equalTo("wants to stay at school and see her sister"));

        Map<String, Object> revised = plan(childId);
        revised.put("childViews", "now wants a female worker");
        given().auth().oauth2(socialWorker(PLACING_LA)).contentType(JSON).header("If-Match", "\"1\"").body(revised)
                .put("/api/support-plans/" + id).then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        given().auth().oauth2(dcpo(SCHOOL)).contentType(JSON).header("If-Match", "\"1\"").body(revised)
                .put("/api/support-plans/" + id).then().statusCode(412);
        given().auth().oauth2(dcpo(SCHOOL)).contentType(JSON).body(revised)
                .put("/api/support-plans/" + id).then().statusCode(428);
        Map<String, Object> otherChild = plan(UUID.randomUUID());
        given().auth().oauth2(dcpo(SCHOOL)).contentType(JSON).header("If-Match", "\"2\"").body(otherChild)
                .put("/api/support-plans/" + id).then().statusCode(400).body("errors[0].field", equalTo("childId"));

        var history = given().auth().oauth2(dcpo(SCHOOL)).get("/api/support-plans/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("version", Integer.class)).containsExactly(2, 1);
        assertThat(history.getList("childViews")).containsExactly("now wants a female worker", "wants to stay at school and see her sister");
        assertThat(history.getString("[1].changedBy")).contains("@" + SCHOOL);
        assertThat(history.getString("[0].changedBy")).contains("@" + PLACING_LA);

        given().auth().oauth2(dcpo(SCHOOL)).get("/api/support-plans/" + id).then().statusCode(200).header("ETag", "\"2\"");

        // Encrypted at rest: the child's views never sit in the table in clear.
        String stored = (String) em.createNativeQuery("select content from support_plan where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(stored).startsWith("v1:").doesNotContain("female");
    }

    @Test
    void onlyTheSettingsDcpoAndThePlacingAuthoritysSocialWorker() {
        UUID childId = knownChild();
        String id = create(dcpo(SCHOOL), plan(childId)).statusCode(201).extract().jsonPath().getString("id");
        // Wrong role: 403.
        create(token(SCHOOL, "staff"), plan(childId)).statusCode(403);
        create(police(POLICE), plan(childId)).statusCode(403);
        create(token(SCHOOL, "social-worker"), plan(childId)).statusCode(403);
        given().auth().oauth2(police(POLICE)).get("/api/support-plans/" + id).then().statusCode(403);
        // Right role, not this child's: 404.
        create(dcpo(OTHER_SCHOOL), plan(childId)).statusCode(404);
        create(socialWorker(LA), plan(childId)).statusCode(404);
        given().auth().oauth2(socialWorker(LA)).get("/api/support-plans/" + id).then().statusCode(404);
        given().auth().oauth2(dcpo(OTHER_SCHOOL)).get("/api/support-plans/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(dcpo(OTHER_SCHOOL)).queryParam("childId", childId.toString()).get("/api/support-plans").then().statusCode(404);
        create(dcpo(SCHOOL), plan(UUID.randomUUID())).statusCode(404);
        given().contentType(JSON).body(plan(childId)).post("/api/support-plans").then().statusCode(401);
    }

    @Test
    void theAuditorListsOneChildsPlansForSubjectAccessAndWritesNone() {
        UUID childId = knownChild();
        String id = create(dcpo(SCHOOL), plan(childId)).statusCode(201).extract().jsonPath().getString("id");
        String auditor = token("AUD-1", "auditor");
        given().auth().oauth2(auditor).queryParam("childId", childId.toString()).get("/api/support-plans").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].childViews", equalTo("wants to stay at school and see her sister"));
        given().auth().oauth2(auditor).queryParam("childId", UUID.randomUUID().toString()).get("/api/support-plans").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(auditor).get("/api/support-plans").then().statusCode(400).body("errors[0].field", equalTo("childId"));
        // Read-only and lists only.
        create(auditor, plan(childId)).statusCode(403);
        given().auth().oauth2(auditor).contentType(JSON).header("If-Match", "\"1\"").body(plan(childId))
                .put("/api/support-plans/" + id).then().statusCode(403);
        given().auth().oauth2(auditor).get("/api/support-plans/" + id).then().statusCode(403);
        given().auth().oauth2(auditor).get("/api/support-plans/" + id + "/history").then().statusCode(403);
    }

    @Test
    void invalidPlansAnswer400Or422NamingTheField() {
        UUID childId = knownChild();
        record Case(String field, Object value, int status, String named) {
        }
        List<Case> cases = List.of(
                new Case("reviewDate", "2027-03-01", 400, "reviewDate"),
                new Case("lacReviewDate", null, 400, "lacReviewDate"),
                new Case("reviewDate", null, 400, "reviewDate"),
                new Case("reviewDate", "next week", 400, "reviewDate"),
                new Case("agreedServices", List.of(), 400, "agreedServices"),
                new Case("agreedServices", List.of(Map.of("service", "KARATE", "coordinatingAgencyOrgId", HEALTH)), 400, "agreedServices"),
                new Case("agreedServices", List.of(Map.of("service", "HOUSING")), 400, "agreedServices"),
                new Case("agreedServices", List.of(Map.of("service", "HOUSING", "coordinatingAgencyOrgId", "LA-404")), 422,
                        "agreedServices[0].coordinatingAgencyOrgId"),
                new Case("legalProceedings", Map.of("isvaOrgId", "ISVA-404"), 422, "legalProceedings.isvaOrgId"),
                new Case("legalProceedings", Map.of("specialMeasures", List.of("WIGS_ON")), 400, "legalProceedings"),
                new Case("favouriteColour", "blue", 400, "favouriteColour"));
        for (Case c : cases) {
            Map<String, Object> body = plan(childId);
            body.put(c.field(), c.value());
            var errors = create(dcpo(SCHOOL), body).statusCode(c.status()).contentType("application/problem+json")
                    .extract().jsonPath().<String>getList("errors.field");
            assertThat(errors).as(c.toString()).anySatisfy(f -> assertThat(f).startsWith(c.named()));
        }
        given().auth().oauth2(dcpo(SCHOOL)).get("/api/support-plans").then().statusCode(400).body("errors[0].field", equalTo("childId"));
        given().auth().oauth2(dcpo(SCHOOL)).queryParam("childId", "x").get("/api/support-plans").then().statusCode(400)
                .body("errors.field", hasItem("childId"));
    }

    @Test
    void anIdempotencyKeyReplaysTheCreation() {
        UUID childId = knownChild();
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(dcpo(SCHOOL)).header("Idempotency-Key", key).contentType(JSON).body(plan(childId))
                .post("/api/support-plans").then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(dcpo(SCHOOL)).header("Idempotency-Key", key).contentType(JSON).body(plan(childId))
                .post("/api/support-plans").then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(dcpo(SCHOOL)).queryParam("childId", childId.toString()).get("/api/support-plans").then()
                .body("total", equalTo(1));
    }
}
