package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.concern.domain.Identifiers;
import uk.safeguarding.concern.support.Bodies;
import uk.safeguarding.concern.support.Fixtures;
import uk.safeguarding.concern.support.Kafka;
import uk.safeguarding.concern.support.World;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class ChildResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    static String newUpn() {
        String tail = String.format("%03d%04d%02d%03d", ThreadLocalRandom.current().nextInt(1000), ThreadLocalRandom.current().nextInt(10000),
                ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1000));
        return Identifiers.upnCheckLetter(tail) + tail;
    }

    static ExtractableResponse<Response> register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/children").then().extract();
    }

    @Test
    void registerAChildOfAChildrensHome() {
        Map<String, Object> body = Bodies.child(World.HOME);
        body.put("lookedAfter", true);
        body.put("placingAuthorityOrgId", World.LA_2);
        body.put("vulnerabilities", List.of("RUNAWAY_HISTORY", "IN_OR_LEAVING_CARE"));
        body.put("nhsNumber", "943 476 5870");
        var created = register(World.staff(World.HOME), body);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/children/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat((String) created.path("familyName")).isEqualTo(body.get("familyName"));
        assertThat((String) created.path("nhsNumber")).isEqualTo("9434765870");
        assertThat((List<String>) created.path("vulnerabilities")).containsExactly("RUNAWAY_HISTORY", "IN_OR_LEAVING_CARE");
        assertThat((Boolean) created.path("lookedAfter")).isTrue();

        JsonNode event = Kafka.awaitOne(Topics.CHILDREN, Kafka.ofType(EventTypes.CHILD_REGISTERED, "childId", id));
        assertThat(event.path("_key").asText()).isEqualTo(id);
        assertThat(event.path("data").path("settingOrgId").asText()).isEqualTo(World.HOME);
        assertThat(event.path("data").path("lookedAfter").asBoolean()).isTrue();
        assertThat(event.path("data").path("placingAuthorityOrgId").asText()).isEqualTo(World.LA_2);
        assertThat(event.path("data").path("ageBand").asText()).isEqualTo("13-15");
        String raw = event.toString();
        assertThat(raw).doesNotContain("Alice", (String) body.get("familyName"), "2012-05-02", "9434765870");
    }

    @Test
    void misUpsertByUpnCreatesThenUpdates() {
        String upn = newUpn();
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        body.put("upn", upn);
        var created = given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/" + upn).then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", notNullValue()).body("upn", equalTo(upn)).extract();
        String id = created.path("id");

        body.put("givenName", "Alicia");
        given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/" + upn).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id)).body("givenName", equalTo("Alicia"));
        JsonNode updated = Kafka.awaitOne(Topics.CHILDREN, Kafka.ofType(EventTypes.CHILD_UPDATED, "childId", id));
        assertThat(updated.toString()).doesNotContain("Alicia", upn);

        // the same facts again change nothing
        given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/" + upn).then().statusCode(200).header("ETag", "\"1\"");

        // the body may leave the UPN to the path; lower case and spaces in the path are normalised
        body.remove("upn");
        body.put("givenName", "Ali");
        given().auth().oauth2(World.staff(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/" + upn.toLowerCase()).then().statusCode(200).body("id", equalTo(id))
                .body("upn", equalTo(upn));

        // a stale If-Match
        given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                .when().put("/api/children/by-upn/" + upn).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void temporaryUpnIsAccepted() {
        String tail = String.format("80120000%03d", ThreadLocalRandom.current().nextInt(100)) + "A";
        String upn = Identifiers.upnCheckLetter(tail) + tail;
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        body.put("upn", upn);
        given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/" + upn).then().statusCode(201).body("upn", equalTo(upn));
    }

    @Test
    void pathAndBodyUpnMustAgree() {
        String upn = newUpn();
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        body.put("upn", newUpn());
        given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/" + upn).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("upn"));
        body.put("upn", "A801200005001");
        given().auth().oauth2(World.mis(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/by-upn/A801200005001").then().statusCode(400).body("errors.field", hasItem("upn"));
    }

    @Test
    void aUpnIsRegisteredOncePerSetting() {
        String upn = newUpn();
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        body.put("upn", upn);
        register(World.staff(World.SCHOOL), body);
        assertThat(register(World.staff(World.SCHOOL), body).statusCode()).isEqualTo(409);
        // another school may hold the same UPN (the key is setting + UPN)
        Map<String, Object> other = Bodies.child(World.SCHOOL_2);
        other.put("upn", upn);
        assertThat(register(World.staff(World.SCHOOL_2), other).statusCode()).isEqualTo(201);
    }

    @Test
    void readAndUpdateWithIfMatch() {
        var created = register(World.staff(World.SCHOOL), Bodies.child(World.SCHOOL));
        String id = created.path("id");
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        given().auth().oauth2(World.dcpo(World.SCHOOL)).when().get("/api/children/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id));

        body.put("vulnerabilities", List.of("GANG_INVOLVEMENT"));
        given().auth().oauth2(World.dcpo(World.SCHOOL)).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                .when().put("/api/children/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("vulnerabilities", equalTo(List.of("GANG_INVOLVEMENT")));
        body.put("givenName", "Late");
        given().auth().oauth2(World.dcpo(World.SCHOOL)).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                .when().put("/api/children/" + id).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(World.dcpo(World.SCHOOL)).contentType(ContentType.JSON).body(body).header("If-Match", "W/\"1\"")
                .when().put("/api/children/" + id).then().statusCode(200).header("ETag", "\"2\"");
        Kafka.awaitOne(Topics.CHILDREN, Kafka.ofType(EventTypes.CHILD_UPDATED, "childId", id));

        // moving the child to another setting is writing for another setting
        body.put("settingOrgId", World.SCHOOL_2);
        given().auth().oauth2(World.dcpo(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().put("/api/children/" + id).then().statusCode(403);
    }

    @Test
    void tenancyAndRoles() {
        String id = register(World.staff(World.SCHOOL), Bodies.child(World.SCHOOL)).path("id");
        // another setting: 404, never a hint
        given().auth().oauth2(World.staff(World.SCHOOL_2)).when().get("/api/children/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(World.dcpo(World.SCHOOL_2)).contentType(ContentType.JSON).body(Bodies.child(World.SCHOOL_2))
                .when().put("/api/children/" + id).then().statusCode(404);
        // roles that never handle children
        given().auth().oauth2(World.police(World.POLICE)).when().get("/api/children/" + id).then().statusCode(403);
        given().auth().oauth2(World.socialWorker(World.LA)).when().get("/api/children?q=x").then().statusCode(403);
        assertThat(register(World.police(World.POLICE), Bodies.child(World.POLICE)).statusCode()).isEqualTo(403);
        // a role on the wrong type of organisation
        assertThat(register(TestTokens.token(World.LA, "staff"), Bodies.child(World.LA)).statusCode()).isEqualTo(403);
        assertThat(register(World.mis(World.HOME), Bodies.child(World.HOME)).statusCode()).isEqualTo(403);
        // an organisation the directory does not know
        assertThat(register(TestTokens.token("URN-UNKNOWN", "staff"), Bodies.child("URN-UNKNOWN")).statusCode()).isEqualTo(403);
        // writing for another setting
        var foreign = register(World.staff(World.SCHOOL), Bodies.child(World.SCHOOL_2));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.contentType()).isEqualTo("application/problem+json");
        // a malformed id is a 400 naming it, in every service (contract section 3), not a bare 404
        given().auth().oauth2(World.staff(World.SCHOOL)).when().get("/api/children/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("childId"));
    }

    @Test
    void searchWithinTheSetting() {
        Map<String, Object> body = Bodies.child(World.HOME);
        String family = (String) body.get("familyName");
        String upn = newUpn();
        body.put("upn", upn);
        String id = register(World.staff(World.HOME), body).path("id");
        register(World.staff(World.HOME_2), Bodies.child(World.HOME_2));

        given().auth().oauth2(World.staff(World.HOME)).queryParam("q", family.substring(6).toUpperCase())
                .when().get("/api/children").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50));
        given().auth().oauth2(World.staff(World.HOME)).queryParam("q", "alice " + family.toLowerCase())
                .when().get("/api/children").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(World.staff(World.HOME)).queryParam("q", upn)
                .when().get("/api/children").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        // another home never finds it
        given().auth().oauth2(World.staff(World.HOME_2)).queryParam("q", family)
                .when().get("/api/children").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(World.staff(World.HOME)).queryParam("size", "1").when().get("/api/children").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items.id", not(hasItem("x")));
        given().auth().oauth2(World.staff(World.HOME)).queryParam("size", "201").when().get("/api/children").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(World.staff(World.HOME)).queryParam("page", "-1").when().get("/api/children").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        given().auth().oauth2(World.staff(World.HOME)).queryParam("page", "one").when().get("/api/children").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1} → 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "givenName             | '\"\"'                             | givenName",
            "givenName             | <absent>                           | givenName",
            "familyName            | '\"   \"'                          | familyName",
            "dateOfBirth           | <absent>                           | dateOfBirth",
            "dateOfBirth           | '\"<future>\"'                     | dateOfBirth",
            "dateOfBirth           | '\"1990-01-01\"'                   | dateOfBirth",
            "dateOfBirth           | '\"02/05/2012\"'                   | dateOfBirth",
            "dateOfBirth           | '\"2012-02-30\"'                   | dateOfBirth",
            "dateOfBirthEstimated  | '\"maybe\"'                        | dateOfBirthEstimated",
            "gender                | '\"GIRL\"'                         | gender",
            "gender                | <absent>                           | gender",
            "upn                   | '\"A801200005001\"'                | upn",
            "upn                   | '\"B80120000500\"'                 | upn",
            "nhsNumber             | '\"9434765871\"'                   | nhsNumber",
            "nhsNumber             | '\"94347\"'                        | nhsNumber",
            "lookedAfter           | true                               | placingAuthorityOrgId",
            "vulnerabilities       | '[\"RUNAWAY_HISTORY\",\"FLYING\"]' | vulnerabilities[1]",
            "vulnerabilities       | '[null]'                           | vulnerabilities[0]",
            "settingOrgId          | <absent>                           | settingOrgId",
            "residenceOrgId        | '\"URN-100002\"'                   | residenceOrgId",
            "placingAuthorityOrgId | '\"PF-01\"'                        | placingAuthorityOrgId",
            "nickname              | '\"Ali\"'                          | nickname",
            "givenName             | '{\"a\":1}'                        | givenName",
            "lookedAfter           | '[true]'                           | lookedAfter",
    })
    void validation(String field, String json, String named) throws Exception {
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        if ("<absent>".equals(json)) {
            body.remove(field);
        } else {
            String literal = json.replace("<future>", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
            body.put(field, JSON.readValue(literal, Object.class));
        }
        given().auth().oauth2(World.staff(World.SCHOOL)).contentType(ContentType.JSON).body(body)
                .when().post("/api/children").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", notNullValue()).body("title", notNullValue())
                .body("errors.field", hasItem(named));
    }

    @Test
    void aBodyIsRequired() {
        given().auth().oauth2(World.staff(World.SCHOOL)).contentType(ContentType.JSON)
                .when().post("/api/children").then().statusCode(400).body("errors.field", hasItem("body"));
        given().auth().oauth2(World.staff(World.SCHOOL)).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/children").then().statusCode(400).contentType("application/problem+json");
    }
}
