package uk.safeguarding.referral.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.platform.event.data.NearingAdulthoodEvent;
import uk.safeguarding.referral.repository.SupportPlanPromptRepository;
import uk.safeguarding.referral.support.Await;
import uk.safeguarding.referral.support.Events;
import uk.safeguarding.referral.support.TestClock;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static uk.safeguarding.referral.support.Fixture.HEALTH;
import static uk.safeguarding.referral.support.Fixture.NOTIFIER;
import static uk.safeguarding.referral.support.Fixture.PLACING_LA;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.SPECIALIST;
import static uk.safeguarding.referral.support.Fixture.childEvent;
import static uk.safeguarding.referral.support.Fixture.dcpo;

/** support-plan.prompt: once per (plan, kind, due date), across runs, restarts and replicas. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class SupportPlanPromptSchedulerTest {

    @Inject
    SupportPlanPromptScheduler scheduler;

    @Inject
    SupportPlanPromptRepository prompts;

    @Inject
    EntityManager em;

    @AfterEach
    void systemClock() {
        TestClock.reset();
    }

    @Test
    void aReviewWithinAWeekPromptsTheSettingAndThePlacingAuthorityOnce() {
        UUID childId = child(true, "13-15");
        LocalDate review = LocalDate.of(2031, 3, 10);
        String planId = plan(childId, review, review.plusDays(14));

        scheduler.promptFor(review.minusDays(8));
        assertThat(prompts.sent(UUID.fromString(planId), "REVIEW_DUE")).isZero();

        // The scheduled run reads the injected clock: stand it on the first day of notice.
        TestClock.fixAt(review.minusDays(7).atTime(6, 0).toInstant(ZoneOffset.UTC));
        scheduler.check();
        JsonNode event = Events.await(Topics.REFERRALS, "support-plan.prompt",
                d -> planId.equals(d.path("planId").asText()) && "REVIEW_DUE".equals(d.path("kind").asText()));
        assertThat(event.path("childId").asText()).isEqualTo(childId.toString());
        assertThat(event.path("settingOrgId").asText()).isEqualTo(SCHOOL);
        assertThat(event.path("placingAuthorityOrgId").asText()).isEqualTo(PLACING_LA);
        assertThat(event.path("dueDate").asText()).isEqualTo(review.toString());
        assertThat(event.has("childViews")).isFalse();

        // Again the same day, on the day and after it (a restart reads the claims, not memory): nothing more.
        scheduler.check();
        scheduler.promptFor(review);
        scheduler.promptFor(review.plusDays(3));
        assertThat(prompts.sent(UUID.fromString(planId), "REVIEW_DUE")).isEqualTo(1);
        assertThat(outboxed(planId, "REVIEW_DUE")).isEqualTo(1);
        assertThat(prompts.sent(UUID.fromString(planId), "LAC_REVIEW_DUE")).isZero();

        // The LAC review comes due a fortnight later: its own prompt, once.
        scheduler.promptFor(review.plusDays(7));
        scheduler.promptFor(review.plusDays(8));
        assertThat(outboxed(planId, "LAC_REVIEW_DUE")).isEqualTo(1);
        assertThat(outboxed(planId, "REVIEW_DUE")).isEqualTo(1);
    }

    @Test
    void twoReplicasRunningAtOnceSendOnePrompt() throws Exception {
        UUID childId = child(true, "13-15");
        LocalDate review = LocalDate.of(2032, 6, 1);
        String planId = plan(childId, review, review);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> scheduler.promptFor(review));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> scheduler.promptFor(review));
        a.get();
        b.get();
        assertThat(outboxed(planId, "REVIEW_DUE")).isEqualTo(1);
        assertThat(outboxed(planId, "LAC_REVIEW_DUE")).isEqualTo(1);
    }

    @Test
    void aChildNearing18PromptsOnceAndAnAdultNever() {
        UUID childId = child(false, "16-17");
        String planId = plan(childId, LocalDate.of(2040, 1, 1), null);
        Events.publish(Topics.CHILDREN, "child.nearing-adulthood", childId.toString(), new NearingAdulthoodEvent(childId, SCHOOL));
        LocalDate reported = Await.until("the report is recorded", () -> prompts.nearingAdulthoodSince(childId).orElse(null),
                d -> d != null);
        // The same report again (a redelivery, or concern-service re-sending) keeps the first day.
        Events.publish(Topics.CHILDREN, "child.nearing-adulthood", childId.toString(), new NearingAdulthoodEvent(childId, SCHOOL));

        scheduler.promptFor(reported);
        scheduler.promptFor(reported.plusDays(1));
        JsonNode event = Events.await(Topics.REFERRALS, "support-plan.prompt",
                d -> planId.equals(d.path("planId").asText()) && "NEARING_ADULTHOOD".equals(d.path("kind").asText()));
        assertThat(event.path("placingAuthorityOrgId").isNull() || event.path("placingAuthorityOrgId").isMissingNode()).isTrue();
        assertThat(event.path("dueDate").asText()).isEqualTo(reported.toString());
        assertThat(outboxed(planId, "NEARING_ADULTHOOD")).isEqualTo(1);

        UUID adult = child(false, "18+");
        String adultPlan = plan(adult, LocalDate.of(2040, 1, 1), null);
        Events.publish(Topics.CHILDREN, "child.nearing-adulthood", adult.toString(), new NearingAdulthoodEvent(adult, SCHOOL));
        LocalDate day = Await.until("the report is recorded", () -> prompts.nearingAdulthoodSince(adult).orElse(null), d -> d != null);
        scheduler.promptFor(day);
        assertThat(outboxed(adultPlan, "NEARING_ADULTHOOD")).isZero();
    }

    @Test
    void theNotifierFetchesServicesAndDatesOnlyAndOnlyForTheSettingOrTheAuthority() {
        UUID childId = child(true, "13-15");
        String planId = plan(childId, LocalDate.of(2033, 1, 1), LocalDate.of(2033, 1, 10));

        given().auth().oauth2(NOTIFIER).queryParam("recipientType", "LOCAL_AUTHORITY")
                .get("/internal/support-plans/{id}/packet", planId).then().statusCode(200)
                .body("packetType", equalTo("SUPPORT_PLAN"))
                .body("fieldsDisclosed", equalTo(List.of("SUPPORT_PLAN")))
                .body("data.supportPlan.reviewDate", equalTo("2033-01-01"))
                .body("data.supportPlan.lacReviewDate", equalTo("2033-01-10"))
                .body("data.supportPlan.agreedServices[0].service", equalTo("SEXUAL_HEALTH"))
                .body("data.supportPlan.agreedServices[1].coordinatingAgencyOrgId", equalTo(SPECIALIST))
                .body("data.supportPlan.agreedServices[1]", not(hasKey("notes")))
                .body("data.supportPlan.adultServicesLinks[0].plannedFrom", equalTo("2028-05-01"))
                .body("data.supportPlan", not(hasKey("childViews")))
                .body("data.supportPlan", not(hasKey("legalProceedings")));
        given().auth().oauth2(NOTIFIER).queryParam("recipientType", "SCHOOL")
                .get("/internal/support-plans/{id}/packet", planId).then().statusCode(200)
                .body("data.supportPlan.id", equalTo(planId));
        for (String other : List.of("POLICE", "OFSTED", "SPECIALIST_SERVICE", "HEALTH", "OPS")) {
            given().auth().oauth2(NOTIFIER).queryParam("recipientType", other)
                    .get("/internal/support-plans/{id}/packet", planId).then().statusCode(200)
                    .body("fieldsDisclosed", empty()).body("data", not(hasKey("supportPlan")));
        }
        given().auth().oauth2(NOTIFIER).get("/internal/support-plans/{id}/packet", planId).then().statusCode(400)
                .body("errors[0].field", equalTo("recipientType"));
        given().auth().oauth2(NOTIFIER).queryParam("recipientType", "LOCAL_AUTHORITY")
                .get("/internal/support-plans/{id}/packet", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(dcpo(SCHOOL)).queryParam("recipientType", "SCHOOL")
                .get("/internal/support-plans/{id}/packet", planId).then().statusCode(403);
        given().queryParam("recipientType", "SCHOOL").get("/internal/support-plans/{id}/packet", planId).then().statusCode(401);
    }

    private static UUID child(boolean lookedAfter, String band) {
        UUID childId = UUID.randomUUID();
        childEvent("child.registered", new ChildEvent(childId, SCHOOL, null, lookedAfter, lookedAfter ? PLACING_LA : null, band));
        Await.until("the child is known", () -> given().auth().oauth2(dcpo(SCHOOL)).queryParam("childId", childId.toString())
                .get("/api/support-plans").then().extract().statusCode(), s -> s == 200);
        return childId;
    }

    private static String plan(UUID childId, LocalDate review, LocalDate lacReview) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("childId", childId.toString());
        plan.put("agreedServices", List.of(
                Map.of("service", "SEXUAL_HEALTH", "coordinatingAgencyOrgId", HEALTH),
                Map.of("service", "SPECIALIST_CSE", "coordinatingAgencyOrgId", SPECIALIST, "notes", "weekly sessions")));
        plan.put("childViews", "wants to stay at school");
        if (lacReview != null) {
            plan.put("lacReviewDate", lacReview.toString());
        }
        plan.put("reviewDate", review.toString());
        plan.put("adultServicesLinks", List.of(Map.of("service", "Adult sexual health", "orgId", HEALTH, "plannedFrom", "2028-05-01")));
        plan.put("legalProceedings", Map.of("specialMeasures", List.of("SCREENS"), "isvaOrgId", SPECIALIST, "isvaName", "A. Adviser"));
        return given().auth().oauth2(dcpo(SCHOOL)).contentType("application/json").body(plan).post("/api/support-plans")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private long outboxed(String planId, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where type = 'uk.safeguarding.support-plan.prompt.v1' "
                                + "and payload like ?1 and payload like ?2")
                .setParameter(1, "%" + planId + "%").setParameter(2, "%\"" + kind + "\"%").getSingleResult()).longValue());
    }
}
