package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
import uk.safeguarding.testing.TestTokens;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.concern.support.Api.as;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class ConcernResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    /** A looked-after 12-year-old living in a children's home. */
    private UUID twelveYearOldInAHome() {
        Map<String, Object> child = Bodies.childAged(World.HOME, 12);
        child.put("lookedAfter", true);
        child.put("placingAuthorityOrgId", World.LA_2);
        return Api.child(World.staff(World.HOME), child);
    }

    @Test
    void twelveYearOldWithASignificantIndicatorAndSexualActivityIsHighAndUnder13() {
        UUID child = twelveYearOldInAHome();
        Map<String, Object> body = Bodies.concern(child, "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        body.put("consentFactors", Bodies.factors("sexualActivityKnownOrSuspected"));
        ExtractableResponse<Response> r = Api.raise(World.staff(World.HOME), body);
        assertThat(r.statusCode()).isEqualTo(201);
        String id = r.path("id");
        assertThat(r.header("Location")).endsWith("/api/concerns/" + id);
        assertThat((String) r.path("status")).isEqualTo("RAISED");
        assertThat((Integer) r.path("riskScore")).isEqualTo(3);
        assertThat((String) r.path("riskLevel")).isEqualTo("HIGH");
        assertThat((String) r.path("riskModelVersion")).isEqualTo("2026.1");
        assertThat((Integer) r.path("consentAssessment.ageAtObservation")).isEqualTo(12);
        assertThat((Boolean) r.path("consentAssessment.legallyCapableOfConsent")).isFalse();
        assertThat((List<String>) r.path("consentAssessment.potentialOffences")).containsExactly("UNDER_13_NO_CAPACITY");
        assertThat((Boolean) r.path("consentAssessment.childProtectionIssue")).isTrue();
        assertThat((String) r.path("indicators[0].code")).isEqualTo("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS");
        assertThat((String) r.path("indicators[0].category")).isEqualTo("EMOTIONAL_BEHAVIOURAL");
        assertThat((Boolean) r.path("indicators[0].significant")).isTrue();
        assertThat((String) r.path("raisedBy")).isEqualTo("staff");

        JsonNode event = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_RAISED, "concernId", id));
        assertThat(event.path("_key").asText()).isEqualTo(child.toString());
        JsonNode data = event.path("data");
        assertThat(data.path("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(data.path("raisedBy").asText()).isEqualTo("staff");
        assertThat(data.path("lookedAfter").asBoolean()).isTrue();
        assertThat(data.path("placingAuthorityOrgId").asText()).isEqualTo(World.LA_2);
        assertThat(data.path("potentialOffences").toString()).contains("UNDER_13_NO_CAPACITY");
        assertThat(event.toString()).doesNotContain("Alice", "unknown adult");
    }

    @Test
    void theSameChildWithOnlyTruancyIsMediumByTheUnder13Floor() {
        UUID child = twelveYearOldInAHome();
        Api.as(World.staff(World.HOME)).body(Bodies.concern(child, "EDUCATION_DISENGAGEMENT")).when().post("/api/concerns").then()
                .statusCode(201).body("riskScore", equalTo(1)).body("riskLevel", equalTo("MEDIUM"))
                .body("consentAssessment.potentialOffences", equalTo(List.of()))
                .body("consentAssessment.legallyCapableOfConsent", equalTo(false));
    }

    @Test
    void vulnerabilitiesCountTowardsTheScore() {
        Map<String, Object> c = Bodies.childAged(World.SCHOOL, 14);
        c.put("vulnerabilities", List.of("MIGRANT", "SUBSTANCE_MISUSE", "GANG_INVOLVEMENT", "RUNAWAY_HISTORY"));
        UUID child = Api.child(World.staff(World.SCHOOL), c);
        as(World.staff(World.SCHOOL)).body(Bodies.concern(child, "HEALTH_SUBSTANCE_MISUSE")).when().post("/api/concerns").then()
                .statusCode(201).body("riskScore", equalTo(5)).body("riskLevel", equalTo("MEDIUM"));
    }

    @Test
    void aMisClientNamesWhoReportedIt() {
        UUID child = Api.child(World.SCHOOL);
        Map<String, Object> body = Bodies.concern(child, "EDUCATION_DISENGAGEMENT");
        as(World.mis(World.SCHOOL)).body(body).when().post("/api/concerns").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reportedBy"));
        body.put("reportedBy", Map.of("name", "J. Teacher", "role", "Head of Year 8"));
        String id = as(World.mis(World.SCHOOL)).body(body).when().post("/api/concerns").then().statusCode(201)
                .body("raisedBy", equalTo("mis")).body("reportedBy.name", equalTo("J. Teacher")).extract().path("id");
        JsonNode event = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_RAISED, "concernId", id));
        assertThat(event.path("data").path("raisedBy").asText()).isEqualTo("mis");
        assertThat(event.toString()).doesNotContain("J. Teacher");
        // a mis-client of a children's home does not count
        as(World.mis(World.HOME)).body(Bodies.concern(Api.child(World.HOME))).when().post("/api/concerns").then().statusCode(403);
    }

    @ParameterizedTest(name = "[{index}] {0} = {1} → 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "childId        | <absent>                                      | childId",
            "childId        | '\"not-a-uuid\"'                              | childId",
            "observedAt     | <absent>                                      | observedAt",
            "observedAt     | '\"<future>\"'                                | observedAt",
            "observedAt     | '\"2020-01-01\"'                              | observedAt",
            "observedAt     | '\"2000-01-01T10:00:00Z\"'                    | observedAt",
            "summary        | '\"  \"'                                      | summary",
            "indicators     | '[\"EDUCATION_DISENGAGEMENT\",\"NOPE\"]'      | indicators[1]",
            "indicators     | '[\"\"]'                                      | indicators[0]",
            "indicators     | '\"EDUCATION_DISENGAGEMENT\"'                 | indicators",
            "consentFactors | '{\"nonConsensual\":\"perhaps\"}'             | consentFactors.nonConsensual",
            "consentFactors | '{\"coerced\":true}'                          | consentFactors.coerced",
            "intelligence   | '{\"vehicles\":[{\"partial\":true}]}'         | intelligence.vehicles[0]",
            "intelligence   | '{\"persons\":[{\"name\":\"X\"}]}'            | intelligence.persons[0].description",
            "intelligence   | '{\"locations\":[\"park\",\" \"]}'            | intelligence.locations[1]",
            "intelligence   | '{\"vehicles\":[{\"reg\":\"AB51ABC\",\"seenAt\":\"yesterday\"}]}' | intelligence.vehicles[0].seenAt",
            "reportedBy     | '{\"name\":\"\",\"role\":\"teacher\"}'        | reportedBy.name",
            "colour         | '\"red\"'                                     | colour",
    })
    void validation(String field, String json, String named) throws Exception {
        UUID child = Api.child(World.SCHOOL);
        Map<String, Object> body = Bodies.concern(child, "EDUCATION_DISENGAGEMENT");
        if ("<absent>".equals(json)) {
            body.remove(field);
        } else {
            String literal = json.replace("<future>", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0).toString());
            body.put(field, JSON.readValue(literal, Object.class));
        }
        as(World.staff(World.SCHOOL)).body(body).when().post("/api/concerns").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(named));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        Map<String, Object> body = Bodies.concern(Api.child(World.SCHOOL));
        body.put("summary", "x".repeat(1024 * 1024 + 10));
        as(World.staff(World.SCHOOL)).body(body).when().post("/api/concerns").then().statusCode(413);
    }

    @Test
    void beforeTheChildWasBornIsInvalid() {
        Map<String, Object> c = Bodies.child(World.SCHOOL);
        c.put("dateOfBirth", "2015-06-01");
        UUID child = Api.child(World.staff(World.SCHOOL), c);
        Map<String, Object> body = Bodies.concern(child);
        body.put("observedAt", "2015-05-31T12:00:00Z");
        as(World.staff(World.SCHOOL)).body(body).when().post("/api/concerns").then().statusCode(400)
                .body("errors.field", hasItem("observedAt"));
    }

    @Test
    void tenancyAndRoles() {
        UUID child = Api.child(World.SCHOOL);
        // another setting's child, or no child at all: 404 naming childId
        as(World.staff(World.SCHOOL_2)).body(Bodies.concern(child)).when().post("/api/concerns").then().statusCode(404)
                .contentType("application/problem+json").body("errors.field", hasItem("childId"));
        as(World.staff(World.SCHOOL)).body(Bodies.concern(UUID.randomUUID())).when().post("/api/concerns").then().statusCode(404);
        // roles that never raise concerns, and a role on the wrong type of organisation
        as(World.police(World.POLICE)).body(Bodies.concern(child)).when().post("/api/concerns").then().statusCode(403);
        as(World.socialWorker(World.LA)).body(Bodies.concern(child)).when().post("/api/concerns").then().statusCode(403);
        as(TestTokens.token(World.LA, "dcpo")).body(Bodies.concern(child)).when().post("/api/concerns").then().statusCode(403);
        as(TestTokens.token(World.SCHOOL, "police")).body(Bodies.concern(child)).when().post("/api/concerns").then().statusCode(403);

        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        as(World.staff(World.SCHOOL_2)).when().get("/api/concerns/" + id).then().statusCode(404);
        as(World.dcpo(World.SCHOOL_2)).when().get("/api/concerns/" + id + "/history").then().statusCode(404);
        as(World.dcpo(World.SCHOOL_2)).when().get("/api/concerns/" + id + "/pathway.svg").then().statusCode(404);
        as(World.dcpo(World.SCHOOL_2)).when().get("/api/concerns/" + id + "/anonymised").then().statusCode(404);
        as(World.staff(World.SCHOOL_2)).body(Map.of("indicators", List.of("HEALTH_PREGNANCY")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(404);
        // an agency without a referral for it
        as(World.police(World.POLICE)).when().get("/api/concerns/" + id).then().statusCode(404);
        as(World.socialWorker(World.LA)).when().get("/api/concerns/" + id).then().statusCode(404);
        // roles that never read concerns
        as(World.ofsted()).when().get("/api/concerns/" + id).then().statusCode(403);
        as(TestTokens.token(World.LA, "admin")).when().get("/api/concerns").then().statusCode(403);
        as(World.police(World.POLICE)).when().get("/api/concerns/" + id + "/anonymised").then().statusCode(403);
        as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listFiltersAndPaging() {
        UUID child = Api.child(World.SCHOOL);
        UUID low = Api.concern(World.staff(World.SCHOOL), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        UUID high = Api.concern(World.dcpo(World.SCHOOL), Bodies.concern(child, "DISCLOSURE_BY_CHILD"));

        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).when().get("/api/concerns").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(high.toString(), low.toString())))
                .body("items[0].indicators[0].code", equalTo("DISCLOSURE_BY_CHILD"));
        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).queryParam("riskLevel", "HIGH")
                .when().get("/api/concerns").then().body("items.id", equalTo(List.of(high.toString())));
        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).queryParam("riskLevel", "LOW")
                .when().get("/api/concerns").then().body("items.id", equalTo(List.of(low.toString())));
        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).queryParam("status", "REFERRED")
                .when().get("/api/concerns").then().body("total", equalTo(0));
        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).queryParam("status", "RAISED").queryParam("size", "1")
                .queryParam("page", "1").when().get("/api/concerns").then().body("total", equalTo(2)).body("page", equalTo(1))
                .body("size", equalTo(1)).body("items.id", equalTo(List.of(low.toString())));
        as(World.staff(World.SCHOOL_2)).queryParam("childId", child.toString()).when().get("/api/concerns").then().statusCode(200)
                .body("total", equalTo(0));
        as(World.staff(World.SCHOOL)).queryParam("status", "OPEN").when().get("/api/concerns").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(World.staff(World.SCHOOL)).queryParam("riskLevel", "SEVERE").when().get("/api/concerns").then().statusCode(400)
                .body("errors.field", hasItem("riskLevel"));
        as(World.staff(World.SCHOOL)).queryParam("childId", "123").when().get("/api/concerns").then().statusCode(400)
                .body("errors.field", hasItem("childId"));
        as(World.staff(World.SCHOOL)).queryParam("size", "0").when().get("/api/concerns").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as(World.police(World.POLICE)).queryParam("childId", child.toString()).when().get("/api/concerns").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void indicatorsAddedLaterRescreenAndAreTold() {
        UUID child = Api.child(World.staff(World.SCHOOL), Bodies.childAged(World.SCHOOL, 15));
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + id).then().body("riskLevel", equalTo("LOW"));

        as(World.staff(World.SCHOOL)).body(Map.of("indicators", List.of("REL_OLDER_PARTNER", "EDUCATION_DISENGAGEMENT")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(200)
                .body("riskScore", equalTo(4)).body("riskLevel", equalTo("HIGH"))
                .body("consentAssessment.potentialOffences", equalTo(List.of("UNDER_16_SEXUAL_ACTIVITY")))
                .body("indicators.code", equalTo(List.of("EDUCATION_DISENGAGEMENT", "REL_OLDER_PARTNER")))
                .body("indicators[1].source", equalTo("STAFF"));
        JsonNode event = Kafka.awaitOne(Topics.CONCERNS, Kafka.ofType(EventTypes.CONCERN_UPDATED, "concernId", id.toString()));
        assertThat(event.path("data").path("change").asText()).isEqualTo("INDICATOR_ADDED");
        assertThat(event.path("data").path("addedIndicators").toString()).isEqualTo("[\"REL_OLDER_PARTNER\"]");
        assertThat(event.path("data").path("riskLevel").asText()).isEqualTo("HIGH");

        // a code already held changes nothing
        int before = as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + id + "/history").then().extract().path("size()");
        as(World.dcpo(World.SCHOOL)).body(Map.of("indicators", List.of("REL_OLDER_PARTNER")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(200);
        as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + id + "/history").then().body("size()", equalTo(before));

        as(World.staff(World.SCHOOL)).body(Map.of("indicators", List.of("NOT_A_CODE")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(400).body("errors.field", hasItem("indicators[0]"));
        as(World.staff(World.SCHOOL)).body(Map.of("indicators", List.of()))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(400).body("errors.field", hasItem("indicators"));
        as(World.mis(World.SCHOOL)).body(Map.of("indicators", List.of("HEALTH_PREGNANCY")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(403);

        // closed: no more indicators
        Map<String, Object> nfa = Bodies.decision("NO_FURTHER_ACTION", false);
        nfa.put("overrideRationale", "n/a");
        Api.decide(World.dcpo(World.SCHOOL), id, nfa);
        as(World.staff(World.SCHOOL)).body(Map.of("indicators", List.of("HEALTH_PREGNANCY")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(409);
    }

    @Test
    void historyTellsWhoDidWhatWhen() {
        UUID child = Api.child(World.SCHOOL);
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        as(World.dcpo(World.SCHOOL)).body(Map.of("indicators", List.of("HEALTH_PREGNANCY")))
                .when().post("/api/concerns/" + id + "/indicators").then().statusCode(200);
        Api.decide(World.dcpo(World.SCHOOL), id, Bodies.decision("REFER", false)).statusCode();
        as(World.staff(World.SCHOOL)).when().get("/api/concerns/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("RAISED", "INDICATORS_ADDED", "DECIDED")))
                .body("[0].actor", equalTo("user-staff-" + World.SCHOOL + "@" + World.SCHOOL))
                .body("[1].actor", equalTo("user-dcpo-" + World.SCHOOL + "@" + World.SCHOOL))
                .body("[1].details.added", equalTo(List.of("HEALTH_PREGNANCY")))
                .body("[1].details.riskScore.from", equalTo(1)).body("[1].details.riskScore.to", equalTo(3))
                .body("[2].details.outcome", equalTo("REFER")).body("[2].details.status.to", equalTo("REFERRED"))
                .body("[0].at", containsString("T"));
    }

    @Test
    void anonymisedHoldsExactlyTheContractsFields() {
        Map<String, Object> c = Bodies.child(World.SCHOOL);
        c.put("upn", ChildResourceTest.newUpn());
        c.put("nhsNumber", "9434765870");
        c.put("dateOfBirth", "2012-05-02");
        c.put("vulnerabilities", List.of("MIGRANT"));
        UUID child = Api.child(World.staff(World.SCHOOL), c);
        Map<String, Object> body = Bodies.concern(child, "REL_ADULTS_LOITERING");
        body.put("observedAt", "2026-03-14T10:00:00Z");
        body.put("intelligence", Map.of("vehicles", List.of(Map.of("reg", "AB51ABC"))));
        UUID id = Api.concern(World.staff(World.SCHOOL), body);

        Map<String, Object> view = as(World.dcpo(World.SCHOOL)).when().get("/api/concerns/" + id + "/anonymised").then()
                .statusCode(200).extract().as(Map.class);
        assertThat(view.keySet()).containsExactlyInAnyOrder("ageBand", "gender", "indicatorCodes", "vulnerabilityCategories",
                "riskLevel", "localAuthorityOrgId", "month");
        assertThat(view).containsEntry("ageBand", "13-15").containsEntry("gender", "FEMALE").containsEntry("month", "2026-03")
                .containsEntry("localAuthorityOrgId", World.LA).containsEntry("riskLevel", "LOW")
                .containsEntry("indicatorCodes", List.of("REL_ADULTS_LOITERING")).containsEntry("vulnerabilityCategories", List.of("MIGRANT"));
        String raw = view.toString();
        assertThat(raw).doesNotContain("Alice", (String) c.get("familyName"), "2012-05-02", (String) c.get("upn"), "9434765870",
                child.toString(), id.toString(), World.SCHOOL, "AB51ABC", "unknown adult");
    }

    @Test
    void pathwayIsAnSvgWithThisConcernsPath() {
        UUID child = Api.child(World.HOME);
        UUID id = Api.concern(World.staff(World.HOME), Bodies.concern(child, "EDUCATION_DISENGAGEMENT"));
        String svg = as(World.staff(World.HOME)).when().get("/api/concerns/" + id + "/pathway.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertThat(svg).startsWith("<?xml").contains("<svg", "id=\"node-review\" class=\"node on current\"",
                "id=\"node-refer\" class=\"node\"", "id=\"node-reg40\" class=\"node\"", "Reg. 40");
        Api.decide(World.dcpo(World.HOME), id, Bodies.decision("REFER", true)).statusCode();
        svg = as(World.dcpo(World.HOME)).when().get("/api/concerns/" + id + "/pathway.svg").then().statusCode(200).extract().asString();
        assertThat(svg).contains("id=\"node-refer\" class=\"node on\"", "id=\"node-reg40\" class=\"node on\"",
                "id=\"node-agencies\" class=\"node on current\"", "id=\"edge-review-refer\" class=\"edge on\"",
                "id=\"node-monitor\" class=\"node\"").doesNotContain("Alice");
    }

    @Test
    void theIndicatorCatalogue() {
        given().auth().oauth2(World.police(World.POLICE)).when().get("/api/indicators").then().statusCode(200)
                .body("riskModelVersion", equalTo("2026.1")).body("indicators.size()", equalTo(40))
                .body("indicators.find { it.code == 'REL_OLDER_PARTNER' }.weight", equalTo(3))
                .body("indicators.find { it.code == 'REL_OLDER_PARTNER' }.significant", equalTo(true))
                .body("indicators.find { it.code == 'REL_OLDER_PARTNER' }.category", equalTo("RELATIONSHIPS"))
                .body("indicators.find { it.code == 'INCOME_UNEXPLAINED_SOCIAL_ACTIVITIES' }.weight", equalTo(1))
                .body("indicators.find { it.code == 'INCOME_UNEXPLAINED_SOCIAL_ACTIVITIES' }.significant", equalTo(false))
                .body("indicators[0].description", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aConcernWithoutIndicatorsOrIntelligence() {
        UUID child = Api.child(World.SCHOOL);
        as(World.staff(World.SCHOOL)).body(Bodies.concern(child)).when().post("/api/concerns").then().statusCode(201)
                .body("indicators", equalTo(List.of())).body("decisions", equalTo(List.of())).body("intelligence", nullValue())
                .body("riskScore", equalTo(0)).body("riskLevel", equalTo("LOW"));
    }
}
