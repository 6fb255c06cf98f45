package uk.safeguarding.referral.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildErasedEvent;
import uk.safeguarding.referral.support.Await;
import uk.safeguarding.referral.support.Events;
import uk.safeguarding.referral.support.Fixture;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.referral.support.Fixture.HEALTH;
import static uk.safeguarding.referral.support.Fixture.LA;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.SPECIALIST;
import static uk.safeguarding.referral.support.Fixture.dcpo;
import static uk.safeguarding.referral.support.Fixture.socialWorker;

/** child.erased: referrals keep their facts and lose their free text; support plans go; court dates were told as dates only. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class ErasureTest {

    @Inject
    EntityManager em;

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void a_support_plan_tells_its_latest_court_date_and_erasure_removes_plans_and_referral_free_text() {
        UUID childId = Fixture.child(SCHOOL, null, false, null);
        Await.until("the child is known", () -> given().auth().oauth2(dcpo(SCHOOL)).queryParam("childId", childId.toString())
                .get("/api/support-plans").then().extract().statusCode(), s -> s == 200);
        Map<String, Object> plan = new HashMap<>();
        plan.put("childId", childId.toString());
        plan.put("agreedServices", List.of(Map.of("service", "SEXUAL_HEALTH", "coordinatingAgencyOrgId", HEALTH)));
        plan.put("childViews", "wants to stay at school");
        plan.put("lacReviewDate", "2027-02-15");
        plan.put("reviewDate", "2027-02-01");
        plan.put("placementPlanUpdatedAt", "2026-11-28T09:30:00Z");
        plan.put("adultServicesLinks", List.of());
        plan.put("legalProceedings", Map.of("specialMeasures", List.of("SCREENS"), "isvaOrgId", SPECIALIST, "isvaName", "A. Adviser",
                "courtDates", List.of("2027-03-01", "2027-09-14", "2027-05-02")));
        String planId = given().auth().oauth2(dcpo(SCHOOL)).contentType("application/json").body(plan)
                .when().post("/api/support-plans").then().statusCode(201).extract().path("id");
        JsonNode changed = Events.await(Topics.REFERRALS, "support-plan.changed", d -> planId.equals(d.path("supportPlanId").asText()));
        assertThat(changed.path("lastCourtDate").asText()).isEqualTo("2027-09-14");
        assertThat(changed.path("childId").asText()).isEqualTo(childId.toString());
        assertThat(changed.toString()).doesNotContain("Adviser", "wants to stay");

        Fixture.Decision decision = Fixture.decision(childId, SCHOOL);
        decision.publish();
        String la = Fixture.byRole(Fixture.referrals(decision.concernId, 2)).get("SOCIAL_CARE");
        Fixture.delivery("delivery.succeeded", childId, la, LA);
        Fixture.awaitStatus(la, "SENT");
        given().auth().oauth2(socialWorker(LA)).contentType("application/json")
                .body(Map.of("outcome", "S47_ENQUIRY", "note", "strategy meeting held with the family"))
                .when().post("/api/referrals/" + la + "/response").then().statusCode(200);
        assertThat(count("select count(*) from referral where child_id = ?1 and response_note is not null", childId)).isEqualTo(1);

        // A prompt already sent for the plan, and the report that the child nears 18, go with it.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into support_plan_prompt (plan_id, kind, due_date, child_id, sent_at) "
                    + "values (?1, 'REVIEW_DUE', date '2027-02-01', ?2, now())").setParameter(1, UUID.fromString(planId))
                    .setParameter(2, childId).executeUpdate();
            em.createNativeQuery("insert into child_nearing_adulthood (child_id, reported_on, recorded_at) values (?1, current_date, now())")
                    .setParameter(1, childId).executeUpdate();
        });

        Events.publish(Topics.CHILDREN, "child.erased", childId.toString(), new ChildErasedEvent(childId, OffsetDateTime.now(ZoneOffset.UTC)));
        Await.until("support plans erased", () -> count("select count(*) from support_plan where child_id = ?1", childId), n -> n == 0);
        assertThat(count("select count(*) from support_plan_version where plan_id = ?1", UUID.fromString(planId))).isZero();
        assertThat(count("select count(*) from support_plan_prompt where child_id = ?1", childId)).isZero();
        assertThat(count("select count(*) from child_nearing_adulthood where child_id = ?1", childId)).isZero();
        assertThat(count("select count(*) from referral where child_id = ?1 and (response_note is not null or onward_rationale is not null "
                + "or revoke_reason is not null)", childId)).isZero();
        assertThat(count("select count(*) from referral_note n join referral r on r.id = n.referral_id where r.child_id = ?1", childId)).isZero();
        // The referral's facts stay: that it was made, to whom, on which basis.
        assertThat(count("select count(*) from referral where child_id = ?1", childId)).isEqualTo(2);
        assertThat(count("select count(*) from child_projection where child_id = ?1", childId)).isZero();

        // The same event again (a redelivery) and another erasure event of the same child: nothing breaks.
        Events.publish(Topics.CHILDREN, "child.erased", childId.toString(), new ChildErasedEvent(childId, OffsetDateTime.now(ZoneOffset.UTC)));
        UUID marker = Fixture.child(SCHOOL, null, false, null);
        Await.until("later events still consumed", () -> count("select count(*) from child_projection where child_id = ?1", marker), n -> n == 1);
    }
}
