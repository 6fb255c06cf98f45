package uk.safeguarding.referral.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.referral.service.DemoOrganisations;
import uk.safeguarding.referral.support.Await;
import uk.safeguarding.referral.support.Events;
import uk.safeguarding.testing.ServiceTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.referral.support.Fixture.ADMIN;
import static uk.safeguarding.referral.support.Fixture.HOME;
import static uk.safeguarding.referral.support.Fixture.LA;
import static uk.safeguarding.referral.support.Fixture.OTHER_SCHOOL;
import static uk.safeguarding.referral.support.Fixture.POLICE;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.child;
import static uk.safeguarding.referral.support.Fixture.dcpo;
import static uk.safeguarding.referral.support.Fixture.ofsted;
import static uk.safeguarding.referral.support.Fixture.police;
import static uk.safeguarding.referral.support.Fixture.register;
import static uk.safeguarding.referral.support.Fixture.socialWorker;
import static uk.safeguarding.referral.support.Fixture.specialist;
import static uk.safeguarding.referral.support.Fixture.token;
import static uk.safeguarding.referral.support.Fixture.uniqueId;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class OrganisationResourceTest {

    @Inject
    DemoOrganisations demo;

    static final String JSON = "application/json";

    @Test
    void theDemoDirectoryIsSeededOnceThroughTheUseCase() {
        given().auth().oauth2(ADMIN).when().get("/api/organisations/" + HOME).then().statusCode(200)
                .body("id", equalTo(HOME)).body("name", equalTo("Oak House Children's Home"))
                .body("type", equalTo("CHILDRENS_HOME")).body("localAuthorityOrgId", equalTo(LA))
                .body("policeForceOrgId", equalTo(POLICE)).body("ofstedUrn", equalTo("SC200001"));
        assertThat(demo.load()).extracting(b -> b.id()).containsExactly("LA-801", "LA-802", "PF-AVS", "OFSTED", "SPEC-001",
                "HEALTH-001", "URN-100001", "URN-100002", "SC-200001");
        // Registered through the use case: each emitted organisation.registered, keyed by its id.
        for (String id : List.of("LA-801", "PF-AVS", "OFSTED", "SC-200001", "URN-100002")) {
            Events.await(Topics.ORGANISATIONS, "organisation.registered", d -> id.equals(d.path("id").asText()));
        }
        assertThat(demo.seed()).isZero();
        assertThat(Events.matching(Topics.ORGANISATIONS, "organisation.registered", d -> "LA-801".equals(d.path("id").asText())))
                .hasSize(1);
    }

    @Test
    void adminRegistersASettingAndTheEventCarriesTheDirectoryEntry() {
        String id = uniqueId("URN");
        String location = given().auth().oauth2(ADMIN).contentType(JSON)
                .body(Map.of("id", id, "name", "Test Academy", "type", "SCHOOL", "localAuthorityOrgId", LA, "policeForceOrgId", POLICE))
                .when().post("/api/organisations").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("id", equalTo(id)).body("type", equalTo("SCHOOL")).body("ofstedUrn", nullValue())
                .extract().header("Location");
        assertThat(location).endsWith("/api/organisations/" + id);
        var event = Events.await(Topics.ORGANISATIONS, "organisation.registered", d -> id.equals(d.path("id").asText()));
        assertThat(event.path("name").asText()).isEqualTo("Test Academy");
        assertThat(event.path("localAuthorityOrgId").asText()).isEqualTo(LA);
        assertThat(event.path("policeForceOrgId").asText()).isEqualTo(POLICE);

        given().auth().oauth2(ADMIN).contentType(JSON)
                .body(Map.of("id", id, "name", "Again", "type", "SCHOOL", "localAuthorityOrgId", LA, "policeForceOrgId", POLICE))
                .when().post("/api/organisations").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void thereIsOneNationalInspectorate() {
        String second = uniqueId("OFSTED");
        given().auth().oauth2(ADMIN).contentType(JSON).body(Map.of("id", second, "name", "Another inspectorate", "type", "OFSTED"))
                .when().post("/api/organisations").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(JSON).body(Map.of("name", "Another inspectorate", "type", "OFSTED"))
                .when().put("/api/organisations/" + second).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().get("/api/organisations/" + second).then().statusCode(404);
        // The one there is may still be updated in place.
        given().auth().oauth2(ADMIN).contentType(JSON).body(Map.of("name", "Ofsted", "type", "OFSTED"))
                .when().put("/api/organisations/OFSTED").then().statusCode(200);
        given().auth().oauth2(ADMIN).queryParam("type", "OFSTED").when().get("/api/organisations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo("OFSTED"));
    }

    @Test
    void updatesCarryAnETagAndAStaleIfMatchFails() {
        String id = uniqueId("SPEC");
        String etag = given().auth().oauth2(ADMIN).contentType(JSON).body(Map.of("name", "Service", "type", "SPECIALIST_SERVICE"))
                .when().put("/api/organisations/" + id).then().statusCode(201).extract().header("ETag");
        String newer = given().auth().oauth2(ADMIN).contentType(JSON).header("If-Match", etag)
                .body(Map.of("id", id, "name", "Service renamed", "type", "SPECIALIST_SERVICE"))
                .when().put("/api/organisations/" + id).then().statusCode(200).body("name", equalTo("Service renamed"))
                .extract().header("ETag");
        assertThat(newer).isNotEqualTo(etag);
        Events.await(Topics.ORGANISATIONS, "organisation.updated",
                d -> id.equals(d.path("id").asText()) && "Service renamed".equals(d.path("name").asText()));
        given().auth().oauth2(ADMIN).contentType(JSON).header("If-Match", etag)
                .body(Map.of("name", "Lost update", "type", "SPECIALIST_SERVICE"))
                .when().put("/api/organisations/" + id).then().statusCode(412);
        given().auth().oauth2(ADMIN).contentType(JSON).body(Map.of("name", "Now a health service", "type", "HEALTH"))
                .when().put("/api/organisations/" + id).then().statusCode(409);
        given().auth().oauth2(ADMIN).contentType(JSON).body(Map.of("id", "OTHER-1", "name", "x", "type", "HEALTH"))
                .when().put("/api/organisations/" + id).then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(ADMIN).when().get("/api/organisations/" + id).then().statusCode(200)
                .header("ETag", equalTo(newer)).body("name", equalTo("Service renamed"));
    }

    @Test
    void invalidEntriesAnswer400Or422NamingTheField() {
        record Case(Object body, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("id", "URN-X1", "type", "SCHOOL", "localAuthorityOrgId", LA, "policeForceOrgId", POLICE), 400, "name"),
                new Case(Map.of("id", "urn-lower", "name", "x", "type", "HEALTH"), 400, "id"),
                new Case(Map.of("name", "x", "type", "HEALTH"), 400, "id"),
                new Case(Map.of("id", "URN-X2", "name", "x", "type", "SCHOOL", "policeForceOrgId", POLICE), 400, "localAuthorityOrgId"),
                new Case(Map.of("id", "URN-X3", "name", "x", "type", "SCHOOL", "localAuthorityOrgId", LA), 400, "policeForceOrgId"),
                new Case(Map.of("id", "URN-X4", "name", "x", "type", "SCHOOL", "localAuthorityOrgId", POLICE, "policeForceOrgId", POLICE),
                        422, "localAuthorityOrgId"),
                new Case(Map.of("id", "URN-X5", "name", "x", "type", "SCHOOL", "localAuthorityOrgId", "LA-404", "policeForceOrgId", POLICE),
                        422, "localAuthorityOrgId"),
                new Case(Map.of("id", "SC-X6", "name", "x", "type", "CHILDRENS_HOME", "localAuthorityOrgId", LA, "policeForceOrgId", POLICE),
                        400, "ofstedUrn"),
                new Case(Map.of("id", "LA-X7", "name", "x", "type", "LOCAL_AUTHORITY", "policeForceOrgId", POLICE), 400, "policeForceOrgId"),
                new Case(Map.of("id", "LA-X8", "name", "x", "type", "COUNCIL"), 400, "type"),
                new Case(Map.of("id", "LA-X9", "name", "x", "type", "HEALTH", "colour", "blue"), 400, "colour"));
        for (Case c : cases) {
            given().auth().oauth2(ADMIN).contentType(JSON).body(c.body()).when().post("/api/organisations").then()
                    .statusCode(c.status()).contentType("application/problem+json").body("errors.field", hasItem(c.field()));
        }
        given().auth().oauth2(ADMIN).when().get("/api/organisations/URN-X4").then().statusCode(404);
        given().auth().oauth2(ADMIN).when().get("/api/organisations?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(ADMIN).when().get("/api/organisations?type=PUB").then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void onlyAdminWrites() {
        var body = Map.of("id", uniqueId("HEALTH"), "name", "x", "type", "HEALTH");
        given().auth().oauth2(dcpo(SCHOOL)).contentType(JSON).body(body).when().post("/api/organisations").then().statusCode(403);
        given().auth().oauth2(socialWorker(LA)).contentType(JSON).body(body).when().put("/api/organisations/" + body.get("id")).then().statusCode(403);
        given().contentType(JSON).body(body).when().post("/api/organisations").then().statusCode(401);
        // A role on the wrong type of organisation counts for nothing: police at a school.
        given().auth().oauth2(token(SCHOOL, "police")).when().get("/api/organisations").then().statusCode(403);
        given().auth().oauth2(token("NOTIFY", "notifier")).when().get("/api/organisations").then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstRegistration() {
        String id = uniqueId("HEALTH");
        String key = UUID.randomUUID().toString();
        var body = Map.of("id", id, "name", "Clinic", "type", "HEALTH");
        String first = given().auth().oauth2(ADMIN).contentType(JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/organisations").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(ADMIN).contentType(JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/organisations").then().statusCode(201).header("Location", equalTo(first))
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().auth().oauth2(ADMIN).contentType(JSON).header("Idempotency-Key", key).body(Map.of("id", id, "name", "Other", "type", "HEALTH"))
                .when().post("/api/organisations").then().statusCode(409);
        assertThat(Events.matching(Topics.ORGANISATIONS, "organisation.registered", d -> id.equals(d.path("id").asText()))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void visibilityFollowsTheContract() {
        String home = uniqueId("SC");
        register(home, "Test Home", "CHILDRENS_HOME", LA, POLICE, "SC987654");
        String placing = uniqueId("LA");
        register(placing, "Placing Council", "LOCAL_AUTHORITY", null, null, null);

        // Agencies are listed to every role.
        for (String token : List.of(dcpo(OTHER_SCHOOL), token(SCHOOL, "staff"), specialist("SPEC-001"), ofsted())) {
            given().auth().oauth2(token).when().get("/api/organisations/" + LA).then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/organisations?size=200").then().statusCode(200)
                    .body("items.id", hasItem(POLICE)).body("items.id", hasItem("OFSTED")).body("items.id", hasItem("HEALTH-001"));
        }
        // Another setting sees neither the home nor another school.
        given().auth().oauth2(dcpo(OTHER_SCHOOL)).when().get("/api/organisations/" + home).then().statusCode(404);
        given().auth().oauth2(dcpo(OTHER_SCHOOL)).when().get("/api/organisations/" + SCHOOL).then().statusCode(404);
        given().auth().oauth2(dcpo(OTHER_SCHOOL)).when().get("/api/organisations?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(home))).body("items.id", not(hasItem(SCHOOL))).body("items.id", hasItem(OTHER_SCHOOL));
        given().auth().oauth2(dcpo(HOME)).when().get("/api/organisations/" + home).then().statusCode(404);
        // The home itself, its agencies, Ofsted and admin see it.
        for (String token : List.of(dcpo(home), socialWorker(LA), police(POLICE), ofsted(), ADMIN)) {
            given().auth().oauth2(token).when().get("/api/organisations/" + home).then().statusCode(200).body("ofstedUrn", equalTo("SC987654"));
        }
        // Ofsted does not see schools; a school's own agencies do.
        given().auth().oauth2(ofsted()).when().get("/api/organisations/" + SCHOOL).then().statusCode(404);
        given().auth().oauth2(socialWorker(LA)).when().get("/api/organisations/" + SCHOOL).then().statusCode(200);
        given().auth().oauth2(specialist("SPEC-001")).when().get("/api/organisations/" + home).then().statusCode(404);

        // An authority placing a child there sees the home, once a child event says so.
        given().auth().oauth2(socialWorker(placing)).when().get("/api/organisations/" + home).then().statusCode(404);
        child(OTHER_SCHOOL, home, true, placing);
        Await.until("the placing authority sees the home", () -> given().auth().oauth2(socialWorker(placing))
                .when().get("/api/organisations/" + home).then().extract().statusCode(), s -> s == 200);
        given().auth().oauth2(socialWorker(placing)).when().get("/api/organisations?type=CHILDRENS_HOME&size=200").then()
                .statusCode(200).body("items.id", hasItem(home)).body("items.id", not(hasItem(HOME)));
    }
}
