package uk.safeguarding.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static uk.safeguarding.e2e.Fixtures.as;

/** Issue 7 at the edge: the timeline, correlation ids, unknown paths, the console page. */
@ExtendWith(StackExtension.class)
class GatewayIT {

    @Test
    void theTimelineMergesWhatTheCallerMaySee() {
        String childId = Scenario.lookedAfterChildAtOakHouse("Dakota", "Timeline", 14);
        as("staff.oakhouse").body(Scenario.concern(childId, List.of("HOUSING_UNKNOWN_KEYS"), false, null))
                .when().post("/api/concerns").then().statusCode(201);
        as("staff.oakhouse").body(Map.of("childId", childId, "lastSeenAt", Scenario.now().minusHours(5).toString(),
                        "lastSeenLocation", "Bus station", "circumstances", "Left after tea", "riskGrade", "LOW"))
                .when().post("/api/missing-episodes").then().statusCode(201);
        Fixtures.eventually(java.time.Duration.ofSeconds(30), () -> {
            List<String> sources = as("dcpo.oakhouse").when().get("/api/children/" + childId + "/timeline")
                    .then().statusCode(200).extract().jsonPath().getList("items.source");
            assertThat(sources).contains("concerns", "missing-episodes");
        });
    }

    @Test
    void correlationIdsAreKeptWhenWellFormedAndUnknownPathsAreProblems() {
        as("dcpo.hillside").header("X-Correlation-Id", "e2e-correlation-0001").when().get("/api/indicators")
                .then().statusCode(200).header("X-Correlation-Id", "e2e-correlation-0001");
        as("dcpo.hillside").when().get("/api/indicators").then().header("X-Correlation-Id", notNullValue());
        as("dcpo.hillside").when().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOperationsConsolePageIsServed() {
        io.restassured.RestAssured.given().when().get("/ops/").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html"));
    }

    @Test
    void aUserCreatedLaterThroughTheAdminApiWithAnOrgIdWorksAtOnce() {
        String admin = new uk.safeguarding.devstack.Tokens(StackExtension.stack().keycloakUrl() + "/realms/master")
                .adminCli("admin", "admin");
        io.restassured.RestAssured.given().baseUri(StackExtension.stack().keycloakUrl()).auth().oauth2(admin)
                .contentType("application/json")
                .body(Map.of("username", "staff.newcomer", "enabled", true, "email", "staff.newcomer@example.org",
                        "firstName", "New", "lastName", "Comer", "emailVerified", true,
                        "attributes", Map.of("org_id", List.of(Scenario.HILLSIDE)),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .when().post("/admin/realms/safeguarding/users").then().statusCode(201);
        String userId = io.restassured.RestAssured.given().baseUri(StackExtension.stack().keycloakUrl()).auth().oauth2(admin)
                .when().get("/admin/realms/safeguarding/users?username=staff.newcomer&exact=true").then().extract().path("[0].id");
        Map<?, ?> role = io.restassured.RestAssured.given().baseUri(StackExtension.stack().keycloakUrl()).auth().oauth2(admin)
                .when().get("/admin/realms/safeguarding/roles/staff").then().statusCode(200).extract().as(Map.class);
        io.restassured.RestAssured.given().baseUri(StackExtension.stack().keycloakUrl()).auth().oauth2(admin)
                .contentType("application/json").body(List.of(role))
                .when().post("/admin/realms/safeguarding/users/" + userId + "/role-mappings/realm").then().statusCode(204);

        as("staff.newcomer").when().get("/api/children?q=Demo").then().statusCode(200)
                .body("items.settingOrgId", org.hamcrest.Matchers.everyItem(equalTo(Scenario.HILLSIDE)));
    }
}
