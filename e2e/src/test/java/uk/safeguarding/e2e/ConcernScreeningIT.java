package uk.safeguarding.e2e;

import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.e2e.Fixtures.as;

/** Issue 3 through the gateway: risk screening, consent in law, intelligence visibility, triage → Kafka. */
@ExtendWith(StackExtension.class)
class ConcernScreeningIT {

    static final Map<String, Object> INTELLIGENCE = Map.of(
            "vehicles", List.of(Map.of("reg", "ab12 cde", "partial", false, "make", "Ford", "colour", "Blue")),
            "persons", List.of(Map.of("description", "Adult male, about thirty, tattoo on the left hand")),
            "locations", List.of("Car park behind the leisure centre"));

    @Test
    void aTwelveYearOldInAChildrensHomeWithASignificantIndicatorAndSexualActivityIsHighAndUnder13() {
        String childId = Scenario.lookedAfterChildAtOakHouse("Robin", "Screening", 12);
        Response raised = as("staff.oakhouse")
                .body(Scenario.concern(childId, List.of("REL_OLDER_PARTNER"), true, INTELLIGENCE))
                .when().post("/api/concerns");
        raised.then().statusCode(201)
                .body("status", equalTo("RAISED"))
                .body("riskLevel", equalTo("HIGH"))
                .body("riskModelVersion", equalTo("2026.1"))
                .body("consentAssessment.ageAtObservation", equalTo(12))
                .body("consentAssessment.legallyCapableOfConsent", equalTo(false))
                .body("consentAssessment.childProtectionIssue", equalTo(true))
                .body("consentAssessment.potentialOffences", hasItem("UNDER_13_NO_CAPACITY"));
        String concernId = raised.path("id");

        // Intelligence: hidden from staff, shown to the setting's DCPO (normalised registration).
        as("staff.oakhouse").when().get("/api/concerns/" + concernId).then().statusCode(200)
                .body("intelligence", nullValue());
        as("dcpo.oakhouse").when().get("/api/concerns/" + concernId).then().statusCode(200)
                .body("intelligence.vehicles[0].reg", equalTo("AB12CDE"));
        // Another setting does not even learn it exists.
        as("dcpo.hillside").when().get("/api/concerns/" + concernId).then().statusCode(404);

        // The same child with only truancy: no offence, but never LOW under 13.
        as("staff.oakhouse").body(Scenario.concern(childId, List.of("EDUCATION_DISENGAGEMENT"), false, null))
                .when().post("/api/concerns").then().statusCode(201)
                .body("riskLevel", equalTo("MEDIUM"))
                .body("consentAssessment.potentialOffences", empty());

        // REFER with cseSuspected → concern.decided on Kafka, carrying nothing personal.
        as("dcpo.oakhouse").body(Scenario.decision("REFER", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200)
                .body("status", equalTo("REFERRED"));
        List<ConsumerRecord<String, String>> decided = Fixtures.await("safeguarding.concerns",
                r -> r.value().contains(concernId) && r.value().contains("concern.decided"), Duration.ofSeconds(30));
        assertThat(decided).isNotEmpty();
        String event = decided.get(0).value();
        assertThat(decided.get(0).key()).isEqualTo(childId);
        assertThat(event).contains("\"outcome\":\"REFER\"", "\"cseSuspected\":true", Scenario.OAK_HOUSE, Scenario.NORTH_SOMERSET)
                .doesNotContain("Robin", "Screening", "AB12CDE", "tattoo", "leisure centre", "dateOfBirth", "Decided by the DCPO");
    }
}
