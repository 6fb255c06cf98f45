package uk.safeguarding.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.asMis;
import static uk.safeguarding.e2e.Fixtures.eventually;

/** Issue 5 through the gateway: three missing episodes feed CSE indicators; the statistics name nobody. */
@ExtendWith(StackExtension.class)
class MissingPatternsIT {

    @Test
    void threeEpisodesOfAPupilRaiseIndicatorsOnTheConcernAndCountAnonymously() {
        String upn = "P801200016004";
        String childId = asMis().body(Map.of("givenName", "Riley", "familyName", "Missing", "dateOfBirth", "2011-01-15",
                        "dateOfBirthEstimated", false, "gender", "MALE", "upn", upn, "settingOrgId", Scenario.HILLSIDE,
                        "lookedAfter", false, "vulnerabilities", List.of("RUNAWAY_HISTORY")))
                .when().put("/api/children/by-upn/" + upn).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().path("id");
        String concernId = as("staff.hillside").body(Scenario.concern(childId, List.of("EDUCATION_DISENGAGEMENT"), false, null))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");

        OffsetDateTime now = Scenario.now();
        int[][] days = {{40, 39}, {20, 19}, {6, 5}};
        for (int i = 0; i < days.length; i++) {
            boolean last = i == days.length - 1;
            String episodeId = as("staff.hillside").body(Map.of("childId", childId,
                            "lastSeenAt", now.minusDays(days[i][0]).toString(),
                            "lastSeenLocation", "School gates", "circumstances", "Did not return after lunch",
                            "riskGrade", "MEDIUM"))
                    .when().post("/api/missing-episodes").then().statusCode(201).body("status", equalTo("MISSING"))
                    .extract().path("id");
            as("staff.hillside").body(Map.of("returnedAt", now.minusDays(days[i][1]).toString(),
                            "foundLocation", last ? "A town 40 miles away" : "Home",
                            "knownLinksToArea", !last,
                            "whereaboutsDuringAbsence", "KNOWN",
                            "presentation", last ? List.of("WELL_CARED_FOR") : List.of()))
                    .when().post("/api/missing-episodes/" + episodeId + "/return").then().statusCode(200)
                    .body("status", equalTo("RETURNED"));
        }

        eventually(Duration.ofSeconds(60), () -> assertThat(as("dcpo.hillside").when().get("/api/concerns/" + concernId)
                .then().statusCode(200).extract().jsonPath().getList("indicators.code"))
                .contains("MISSING_PERSISTENT", "MISSING_RETURNS_WELL_CARED_FOR", "MISSING_FOUND_NO_KNOWN_LINKS"));

        String stats = as("dcpo.hillside").queryParam("from", now.minusDays(60).toLocalDate().toString())
                .queryParam("to", now.plusDays(1).toLocalDate().toString()).queryParam("settingOrgId", Scenario.HILLSIDE)
                .when().get("/api/missing-episodes/stats").then().statusCode(200).extract().asString();
        assertThat(stats).doesNotContain(childId, "Riley", upn, "School gates", "town 40 miles");
        assertThat(io.restassured.path.json.JsonPath.from(stats).getInt("totals.childrenWith3PlusEpisodes")).isGreaterThanOrEqualTo(1);
        assertThat(io.restassured.path.json.JsonPath.from(stats).getInt("totals.episodes")).isGreaterThanOrEqualTo(3);
    }
}
