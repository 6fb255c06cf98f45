package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.concern.service.ErasureJob;
import uk.safeguarding.concern.support.Api;
import uk.safeguarding.concern.support.Bodies;
import uk.safeguarding.concern.support.Fixtures;
import uk.safeguarding.concern.support.Kafka;
import uk.safeguarding.concern.support.World;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.platform.event.data.SupportPlanEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Retention dates at their boundaries, legal holds learnt from events, and the erasure job run at chosen dates. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class RetentionTest {

    static final String AUDITOR = TestTokens.token("LA-801", "auditor");

    @Inject
    Fixtures fixtures;

    @Inject
    ErasureJob job;

    @Inject
    EntityManager em;

    @BeforeEach
    void world() {
        fixtures.world();
        fixtures.org(World.HOME, OrganisationType.CHILDRENS_HOME, "Oak House", World.LA, World.POLICE, "SC123456");
    }

    static UUID leapDayChild(String setting) {
        Map<String, Object> body = Bodies.child(setting);
        body.put("dateOfBirth", "2004-02-29");
        return Api.child(World.staff(setting), body);
    }

    static JsonNode retention(String token, UUID child) {
        return given().auth().oauth2(token).when().get("/api/children/{id}/retention", child)
                .then().statusCode(200).extract().as(JsonNode.class);
    }

    static List<String> due(String before) {
        return given().auth().oauth2(AUDITOR).when().get("/api/retention/due?before=" + before)
                .then().statusCode(200).extract().jsonPath().getList("childIds");
    }

    private long count(String sql, UUID child) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, child).getSingleResult()).longValue());
    }

    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = probe.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            last = probe.get();
        }
        assertThat(done.test(last)).as("condition within 30 s, last: %s", last).isTrue();
        return last;
    }

    @Test
    void a_school_child_born_on_29_february_is_kept_until_1_march_of_the_25th_year() {
        UUID child = leapDayChild(World.SCHOOL);
        JsonNode r = retention(World.dcpo(World.SCHOOL), child);
        assertThat(r.path("eraseAfter").asText()).isEqualTo("2029-03-01");
        assertThat(r.path("basis").asText()).isEqualTo("SCHOOL_FILE_25TH_BIRTHDAY");
        assertThat(r.path("legalHold").path("active").asBoolean()).isFalse();
        assertThat(retention(AUDITOR, child).path("eraseAfter").asText()).isEqualTo("2029-03-01");
        assertThat(due("2029-03-01")).doesNotContain(child.toString());
        assertThat(due("2029-03-02")).contains(child.toString());
    }

    @Test
    void a_child_placed_in_a_childrens_home_is_kept_75_years() {
        UUID child = leapDayChild(World.HOME);
        JsonNode r = retention(World.dcpo(World.HOME), child);
        assertThat(r.path("eraseAfter").asText()).isEqualTo("2079-03-01");
        assertThat(r.path("basis").asText()).isEqualTo("CHILDRENS_HOME_CASE_RECORD_75_YEARS");
        // A school child living in a children's home: the home's case record, 75 years.
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        body.put("dateOfBirth", "2010-01-15");
        body.put("residenceOrgId", World.HOME);
        UUID resident = Api.child(World.staff(World.SCHOOL), body);
        assertThat(retention(World.dcpo(World.SCHOOL), resident).path("eraseAfter").asText()).isEqualTo("2085-01-15");
    }

    @Test
    void who_may_ask() {
        UUID child = leapDayChild(World.SCHOOL);
        given().auth().oauth2(World.dcpo(World.SCHOOL_2)).when().get("/api/children/{id}/retention", child).then().statusCode(404);
        given().auth().oauth2(World.staff(World.SCHOOL)).when().get("/api/children/{id}/retention", child).then().statusCode(403);
        given().auth().oauth2(World.dcpo(World.SCHOOL)).when().get("/api/retention/due").then().statusCode(403);
        given().auth().oauth2(AUDITOR).when().get("/api/retention/due?before=tomorrow").then().statusCode(400)
                .body("errors[0].field", equalTo("before"));
        given().when().get("/api/retention/due").then().statusCode(401);
        // The auditor reads the child by id (subject access, retention), never a search of a setting.
        given().auth().oauth2(AUDITOR).when().get("/api/children/{id}", child).then().statusCode(200);
        given().auth().oauth2(AUDITOR).when().get("/api/children/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(AUDITOR).when().get("/api/children?q=Alice").then().statusCode(403);
    }

    @Test
    void a_court_date_ahead_holds_the_records_until_it_has_passed() {
        UUID child = leapDayChild(World.SCHOOL);
        UUID plan = UUID.randomUUID();
        Kafka.publish(Topics.REFERRALS, EventTypes.SUPPORT_PLAN_CHANGED, child.toString(),
                new SupportPlanEvent(plan, child, LocalDate.of(2029, 6, 1), OffsetDateTime.now(ZoneOffset.UTC)));
        await(() -> retention(AUDITOR, child).path("legalHold").path("active").asBoolean(), b -> b);
        JsonNode r = retention(AUDITOR, child);
        assertThat(r.path("legalHold").path("holds").get(0).path("kind").asText()).isEqualTo("COURT_DATE");
        assertThat(r.path("legalHold").path("holds").get(0).path("until").asText()).isEqualTo("2029-06-01");
        assertThat(due("2029-06-01")).doesNotContain(child.toString());
        assertThat(due("2029-06-02")).contains(child.toString());
        assertThat(job.run(LocalDate.of(2029, 6, 1))).doesNotContain(child);
        assertThat(count("select count(*) from child where id = ?1", child)).isEqualTo(1);
    }

    @Test
    void a_police_investigation_holds_the_records_until_the_concern_is_closed() {
        UUID child = leapDayChild(World.SCHOOL);
        UUID concern = Api.concern(World.staff(World.SCHOOL), Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"));
        Api.decide(World.dcpo(World.SCHOOL), concern, Bodies.decision("REFER", false)).statusCode();
        UUID referral = UUID.randomUUID();
        Kafka.publish(Topics.REFERRALS, EventTypes.REFERRAL_RESPONDED, child.toString(),
                new ReferralEvent(referral, concern, child, World.SCHOOL, World.POLICE, "POLICE_FORCE", "POLICE", "PUBLIC_TASK",
                        "NOT_SOUGHT", "RESPONDED", "SENT", "INVESTIGATION_OPENED", null, false, OffsetDateTime.now(ZoneOffset.UTC)));
        await(() -> retention(AUDITOR, child).path("legalHold").path("active").asBoolean(), b -> b);
        assertThat(due("2030-01-01")).doesNotContain(child.toString());
        Api.as(World.dcpo(World.SCHOOL)).body(Map.of("rationale", "police investigation concluded"))
                .when().post("/api/concerns/{id}/close", concern).then().statusCode(200);
        assertThat(retention(AUDITOR, child).path("legalHold").path("active").asBoolean()).isFalse();
        assertThat(due("2030-01-01")).contains(child.toString());
    }

    @Test
    void the_job_erases_a_child_past_erase_after_here_and_tells_every_service_by_id_only() {
        UUID child = leapDayChild(World.SCHOOL);
        Map<String, Object> body = Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        body.put("intelligence", Map.of("vehicles", List.of(Map.of("reg", "AB12 CDE", "partial", false)),
                "persons", List.of(Map.of("name", "Dean", "description", "older man")), "locations", List.of("the car park")));
        UUID concern = Api.concern(World.staff(World.SCHOOL), body);
        String evidence = given().auth().oauth2(World.staff(World.SCHOOL)).contentType("application/json")
                .body(Map.of("kind", "PHONE_OR_DEVICE", "description", "her second phone", "storedWhere", "the DCPO's safe",
                        "preservedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString()))
                .when().post("/api/concerns/{id}/evidence", concern).then().statusCode(201).extract().path("id");
        UUID kept = leapDayChild(World.SCHOOL_2);
        Kafka.publish(Topics.REFERRALS, EventTypes.SUPPORT_PLAN_CHANGED, kept.toString(),
                new SupportPlanEvent(UUID.randomUUID(), kept, LocalDate.of(2031, 1, 1), OffsetDateTime.now(ZoneOffset.UTC)));
        await(() -> retention(AUDITOR, kept).path("legalHold").path("active").asBoolean(), b -> b);

        assertThat(job.run(LocalDate.of(2029, 3, 1))).doesNotContain(child);
        List<UUID> erased = job.run(LocalDate.of(2029, 3, 2));
        assertThat(erased).contains(child).doesNotContain(kept);

        given().auth().oauth2(World.dcpo(World.SCHOOL)).when().get("/api/children/{id}", child).then().statusCode(404);
        given().auth().oauth2(World.dcpo(World.SCHOOL)).when().get("/api/concerns/{id}", concern).then().statusCode(404);
        assertThat(count("select count(*) from concern where child_id = ?1", child)).isZero();
        assertThat(count("select count(*) from concern_intelligence i join concern c on c.id = i.concern_id where c.child_id = ?1", child)).isZero();
        assertThat(count("select count(*) from concern_intelligence where concern_id = ?1", concern)).isZero();
        assertThat(count("select count(*) from concern_history where concern_id = ?1", concern)).isZero();
        assertThat(count("select count(*) from concern_indicator where concern_id = ?1", concern)).isZero();
        assertThat(count("select count(*) from evidence where concern_id = ?1", concern)).isZero();
        assertThat(count("select count(*) from evidence_custody where evidence_id = ?1", UUID.fromString(evidence))).isZero();
        assertThat(count("select count(*) from child where id = ?1", kept)).isEqualTo(1);
        given().auth().oauth2(AUDITOR).when().get("/api/retention/due?before=2029-03-02").then().statusCode(200)
                .body("childIds", not(hasItem(child.toString())));

        JsonNode event = Kafka.awaitOne(Topics.CHILDREN, Kafka.ofType(EventTypes.CHILD_ERASED, "childId", child.toString()));
        assertThat(event.path("_key").asText()).isEqualTo(child.toString());
        List<String> fields = List.copyOf(iterable(event.path("data").fieldNames()));
        assertThat(fields).containsExactlyInAnyOrder("childId", "erasedAt");

        // Idempotent: a second run on the same date erases nothing and tells no one again.
        assertThat(job.run(LocalDate.of(2029, 3, 2))).doesNotContain(child);
        assertThat(Kafka.await(Topics.CHILDREN, Kafka.ofType(EventTypes.CHILD_ERASED, "childId", child.toString()), 2,
                Duration.ofSeconds(3))).hasSize(1);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
