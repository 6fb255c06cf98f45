package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.concern.support.Api;
import uk.safeguarding.concern.support.Bodies;
import uk.safeguarding.concern.support.Fixtures;
import uk.safeguarding.concern.support.Kafka;
import uk.safeguarding.concern.support.World;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ConcernDecidedEvent;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static uk.safeguarding.concern.support.Api.as;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class TriageTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A 12-year-old in a children's home, looked after, with a significant indicator and sexual activity suspected. */
    private Map<String, Object> under13InAHome(UUID[] childOut) {
        Map<String, Object> c = Bodies.childAged(World.HOME, 12);
        c.put("lookedAfter", true);
        c.put("placingAuthorityOrgId", World.LA_2);
        c.put("upn", ChildResourceTest.newUpn());
        c.put("nhsNumber", "9434765870");
        UUID child = Api.child(World.staff(World.HOME), c);
        childOut[0] = child;
        Map<String, Object> body = Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        body.put("consentFactors", Bodies.factors("sexualActivityKnownOrSuspected"));
        body.put("intelligence", Map.of("vehicles", List.of(Map.of("reg", "YR19XKD"))));
        body.put("child", c);
        return body;
    }

    @Test
    void referWithCseSuspectedTellsRoutingAndNothingPersonal() {
        UUID[] child = new UUID[1];
        Map<String, Object> body = under13InAHome(child);
        @SuppressWarnings("unchecked") Map<String, Object> c = (Map<String, Object>) body.remove("child");
        UUID id = Api.concern(World.staff(World.HOME), body);

        Map<String, Object> decision = Bodies.decision("REFER", true);
        decision.put("professionalRiskLevel", "HIGH");
        decision.put("specialistReferral", Map.of("specialistOrgId", World.SPECIALIST, "agreed", true, "by", "CHILD"));
        as(World.dcpo(World.HOME)).body(decision).when().post("/api/concerns/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("REFERRED")).body("cseSuspected", equalTo(true))
                .body("professionalRiskLevel", equalTo("HIGH"))
                .body("decisions[0].outcome", equalTo("REFER")).body("decisions[0].consent.status", equalTo("NOT_SOUGHT"))
                .body("decisions[0].consent.reason", notNullValue())
                .body("decisions[0].specialistReferral.agreed", equalTo(true))
                .body("decisions[0].decidedBy", equalTo("user-dcpo-" + World.HOME + "@" + World.HOME))
                .body("intelligence.vehicles[0].reg", equalTo("YR19XKD"));

        JsonNode event = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_DECIDED, "concernId", id.toString()));
        assertThat(event.path("_key").asText()).isEqualTo(child[0].toString());
        assertThat(event.path("subject").asText()).isEqualTo(child[0].toString());
        JsonNode data = event.path("data");
        List<String> fields = new ArrayList<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isSubsetOf(Arrays.stream(ConcernDecidedEvent.class.getRecordComponents()).map(r -> r.getName()).toList());
        assertThat(data.path("childId").asText()).isEqualTo(child[0].toString());
        assertThat(data.path("settingOrgId").asText()).isEqualTo(World.HOME);
        assertThat(data.path("lookedAfter").asBoolean()).isTrue();
        assertThat(data.path("placingAuthorityOrgId").asText()).isEqualTo(World.LA_2);
        assertThat(data.path("outcome").asText()).isEqualTo("REFER");
        assertThat(data.path("cseSuspected").asBoolean()).isTrue();
        assertThat(data.path("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(data.path("consentStatus").asText()).isEqualTo("NOT_SOUGHT");
        assertThat(data.path("specialistOrgId").asText()).isEqualTo(World.SPECIALIST);
        assertThat(data.path("specialistAgreed").asBoolean()).isTrue();
        assertThat(data.path("specialistAgreedBy").asText()).isEqualTo("CHILD");
        assertThat(data.path("decidedAt").asText()).isNotBlank();
        // nothing personal: no name, date of birth, identifiers, free text or intelligence
        String raw = event.toString();
        assertThat(raw).doesNotContain("Alice", (String) c.get("familyName"), (String) c.get("dateOfBirth"), (String) c.get("upn"),
                "9434765870", "unknown adult", "threshold", "place the child at risk", "YR19XKD");
    }

    @Test
    void theOverrideGuardAnd422() {
        UUID[] child = new UUID[1];
        Map<String, Object> body = under13InAHome(child);
        body.remove("child");
        UUID id = Api.concern(World.staff(World.HOME), body);

        Map<String, Object> monitor = Bodies.decision("MONITOR", false);
        monitor.put("reviewBy", today().plusDays(14).toString());
        as(World.dcpo(World.HOME)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422)).body("errors.field", hasItem("overrideRationale"));
        Map<String, Object> nfa = Bodies.decision("NO_FURTHER_ACTION", false);
        as(World.dcpo(World.HOME)).body(nfa).when().post("/api/concerns/" + id + "/decision").then().statusCode(422);
        // nothing was written
        as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id).then().body("status", equalTo("RAISED")).body("decisions.size()", equalTo(0));

        monitor.put("overrideRationale", "Strategy discussion already held with police this morning; monitoring agreed");
        as(World.dcpo(World.HOME)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("MONITORING")).body("reviewBy", equalTo(monitor.get("reviewBy")))
                .body("decisions[0].overrideRationale", notNullValue());
    }

    @ParameterizedTest(name = "[{index}] {0} = {1} → 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "rationale          | <absent>                                           | rationale",
            "rationale          | '\"\"'                                             | rationale",
            "cseSuspected       | <absent>                                           | cseSuspected",
            "cseSuspected       | '\"perhaps\"'                                      | cseSuspected",
            "outcome            | <absent>                                           | outcome",
            "outcome            | '\"ESCALATE\"'                                     | outcome",
            "consent            | <absent>                                           | consent",
            "consent            | '{\"status\":\"REFUSED\"}'                         | consent.reason",
            "consent            | '{\"status\":\"MAYBE\"}'                           | consent.status",
            "consent            | '{\"status\":\"GIVEN\",\"from\":\"NEIGHBOUR\"}'    | consent.from",
            "reviewBy           | '\"next week\"'                                    | reviewBy",
            "professionalRiskLevel | '\"SEVERE\"'                                    | professionalRiskLevel",
            "specialistReferral | '{\"agreed\":true,\"by\":\"CHILD\"}'               | specialistReferral.specialistOrgId",
            "specialistReferral | '{\"specialistOrgId\":\"SPEC-1\",\"agreed\":true}' | specialistReferral.by",
            "specialistReferral | '{\"specialistOrgId\":\"PF-01\",\"agreed\":true,\"by\":\"CHILD\"}' | specialistReferral.specialistOrgId",
            "escalate           | true                                               | escalate",
    })
    void validation(String field, String json, String named) throws Exception {
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(Api.child(World.SCHOOL), "EDUCATION_DISENGAGEMENT"));
        Map<String, Object> body = Bodies.decision("REFER", false);
        if ("<absent>".equals(json)) {
            body.remove(field);
        } else {
            body.put(field, new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class));
        }
        as(World.dcpo(World.SCHOOL)).body(body).when().post("/api/concerns/" + id + "/decision").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(named));
    }

    @Test
    void monitorNeedsAReviewDateNotInThePast() {
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(Api.child(World.SCHOOL), "EDUCATION_DISENGAGEMENT"));
        Map<String, Object> monitor = Bodies.decision("MONITOR", false);
        as(World.dcpo(World.SCHOOL)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("reviewBy"));
        monitor.put("reviewBy", today().minusDays(1).toString());
        as(World.dcpo(World.SCHOOL)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("reviewBy"));
    }

    @Test
    void theStatusMachine() {
        UUID child = Api.child(World.SCHOOL);
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        // RAISED cannot be closed by /close
        as(World.dcpo(World.SCHOOL)).body(Map.of("rationale", "x")).when().post("/api/concerns/" + id + "/close").then().statusCode(409)
                .contentType("application/problem+json");
        Map<String, Object> monitor = Bodies.decision("MONITOR", false);
        monitor.put("reviewBy", today().plusDays(30).toString());
        as(World.dcpo(World.SCHOOL)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("MONITORING"));
        // MONITORING → MONITORING → REFERRED
        monitor.put("reviewBy", today().plusDays(60).toString());
        as(World.dcpo(World.SCHOOL)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("MONITORING")).body("decisions.size()", equalTo(2));
        as(World.dcpo(World.SCHOOL)).body(Bodies.decision("REFER", false)).when().post("/api/concerns/" + id + "/decision").then()
                .statusCode(200).body("status", equalTo("REFERRED")).body("reviewBy", equalTo(null));
        // REFERRED takes no decision
        as(World.dcpo(World.SCHOOL)).body(Bodies.decision("REFER", false)).when().post("/api/concerns/" + id + "/decision").then()
                .statusCode(409);
        as(World.dcpo(World.SCHOOL)).body(Map.of()).when().post("/api/concerns/" + id + "/close").then().statusCode(400)
                .body("errors.field", hasItem("rationale"));
        as(World.dcpo(World.SCHOOL)).body(Map.of("rationale", "Support plan in place; police investigation concluded"))
                .when().post("/api/concerns/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        JsonNode closed = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_CLOSED, "concernId", id.toString()));
        assertThat(closed.path("data").path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.toString()).doesNotContain("Support plan");
        as(World.dcpo(World.SCHOOL)).body(Map.of("rationale", "again")).when().post("/api/concerns/" + id + "/close").then().statusCode(409);
        as(World.dcpo(World.SCHOOL)).body(Bodies.decision("REFER", false)).when().post("/api/concerns/" + id + "/decision").then()
                .statusCode(409);
        as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + id + "/history").then()
                .body("action", equalTo(List.of("RAISED", "DECIDED", "DECIDED", "DECIDED", "CLOSED")));
        assertThat(Kafka.await(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_DECIDED, "concernId", id.toString()), 3,
                Duration.ofSeconds(30))).extracting(e -> e.path("data").path("outcome").asText())
                .containsExactly("MONITOR", "MONITOR", "REFER");
    }

    @Test
    void noFurtherActionClosesAndIsToldAsDecidedAndClosed() {
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(Api.child(World.SCHOOL), "EDUCATION_DISENGAGEMENT"));
        Map<String, Object> nfa = Bodies.decision("NO_FURTHER_ACTION", false);
        nfa.put("consent", Map.of("status", "GIVEN", "from", "CHILD"));
        as(World.dcpo(World.SCHOOL)).body(nfa).when().post("/api/concerns/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeRationale", equalTo(nfa.get("rationale")));
        Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_DECIDED, "concernId", id.toString()));
        Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_CLOSED, "concernId", id.toString()));
    }

    @Test
    void onlyTheSettingsDcpoDecides() {
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(Api.child(World.SCHOOL), "EDUCATION_DISENGAGEMENT"));
        Map<String, Object> refer = Bodies.decision("REFER", false);
        as(World.staff(World.SCHOOL)).body(refer).when().post("/api/concerns/" + id + "/decision").then().statusCode(403);
        as(World.mis(World.SCHOOL)).body(refer).when().post("/api/concerns/" + id + "/decision").then().statusCode(403);
        as(World.police(World.POLICE)).body(refer).when().post("/api/concerns/" + id + "/decision").then().statusCode(403);
        as(uk.safeguarding.testing.TestTokens.token(World.LA, "dcpo")).body(refer).when().post("/api/concerns/" + id + "/decision").then().statusCode(403);
        as(World.dcpo(World.SCHOOL_2)).body(refer).when().post("/api/concerns/" + id + "/decision").then().statusCode(404);
        as(World.dcpo(World.SCHOOL)).body(refer).when().post("/api/concerns/" + UUID.randomUUID() + "/decision").then().statusCode(404);
        as(World.staff(World.SCHOOL)).body(Map.of("rationale", "x")).when().post("/api/concerns/" + id + "/close").then().statusCode(403);
        as(World.dcpo(World.SCHOOL_2)).body(Map.of("rationale", "x")).when().post("/api/concerns/" + id + "/close").then().statusCode(404);
    }

    @Test
    void aMonitorReviewDateIsAnnouncedOnceWhenItComes() {
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(Api.child(World.SCHOOL), "EDUCATION_DISENGAGEMENT"));
        Map<String, Object> monitor = Bodies.decision("MONITOR", false);
        monitor.put("reviewBy", today().toString());
        as(World.dcpo(World.SCHOOL)).body(monitor).when().post("/api/concerns/" + id + "/decision").then().statusCode(200);

        JsonNode due = Kafka.awaitOne(Topics.CONCERNS, e -> EventTypes.CONCERN_UPDATED.equals(e.path("type").asText())
                && id.toString().equals(e.path("data").path("concernId").asText()) && "REVIEW_DUE".equals(e.path("data").path("change").asText()));
        assertThat(due.path("data").path("status").asText()).isEqualTo("MONITORING");
        // the scheduler runs every second in tests: still one announcement a few runs later
        assertThat(Kafka.await(Topics.CONCERNS, e -> id.toString().equals(e.path("data").path("concernId").asText())
                && "REVIEW_DUE".equals(e.path("data").path("change").asText()), 2, Duration.ofSeconds(4))).hasSize(1);
        as(World.dcpo(World.SCHOOL)).when().get("/api/concerns/" + id + "/history").then()
                .body("findAll { it.action == 'REVIEW_DUE' }.actor", equalTo(List.of("system")));
    }
}
