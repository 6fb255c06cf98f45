package uk.safeguarding.e2e;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.safeguarding.e2e.Fixtures.as;

/** Children and concerns the scenarios create through the gateway. */
final class Scenario {

    static final String OAK_HOUSE = "SC-200001";
    static final String HILLSIDE = "URN-100001";
    static final String BRISTOL = "LA-801";
    static final String NORTH_SOMERSET = "LA-802";
    static final String POLICE = "PF-AVS";
    static final String OFSTED = "OFSTED";
    static final String SPECIALIST = "SPEC-001";

    private Scenario() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A looked-after child living at Oak House, placed by North Somerset, of the given age today. */
    static String lookedAfterChildAtOakHouse(String givenName, String familyName, int age) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", givenName);
        child.put("familyName", familyName);
        child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(age).minusMonths(2).toString());
        child.put("dateOfBirthEstimated", false);
        child.put("gender", "FEMALE");
        child.put("settingOrgId", OAK_HOUSE);
        child.put("lookedAfter", true);
        child.put("placingAuthorityOrgId", NORTH_SOMERSET);
        child.put("vulnerabilities", List.of("IN_OR_LEAVING_CARE"));
        return as("dcpo.oakhouse").body(child).when().post("/api/children").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> concern(String childId, List<String> indicators, boolean sexualActivity, Map<String, Object> intelligence) {
        Map<String, Object> concern = new LinkedHashMap<>();
        concern.put("childId", childId);
        concern.put("observedAt", now().minusHours(3).toString());
        concern.put("summary", "Staff observation recorded for the e2e scenario");
        concern.put("indicators", indicators);
        Map<String, Object> factors = new LinkedHashMap<>();
        for (String f : List.of("sexualActivityKnownOrSuspected", "exchangeForReward", "indecentImages", "familyMember",
                "positionOfTrust", "incapacitated", "threatsOrViolence", "nonConsensual", "capacityInDoubt")) {
            factors.put(f, false);
        }
        factors.put("sexualActivityKnownOrSuspected", sexualActivity);
        concern.put("consentFactors", factors);
        if (intelligence != null) {
            concern.put("intelligence", intelligence);
        }
        return concern;
    }

    static Map<String, Object> decision(String outcome, boolean cseSuspected, Map<String, Object> specialistReferral) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", outcome);
        decision.put("rationale", "Decided by the DCPO after review (e2e)");
        decision.put("cseSuspected", cseSuspected);
        if ("MONITOR".equals(outcome)) {
            decision.put("reviewBy", LocalDate.now(ZoneOffset.UTC).plusWeeks(2).toString());
            decision.put("overrideRationale", "Strategy agreed with police to monitor closely (e2e)");
        }
        decision.put("consent", Map.of("status", "NOT_SOUGHT", "reason", "Seeking consent would place the child at risk"));
        if (specialistReferral != null) {
            decision.put("specialistReferral", specialistReferral);
        }
        return decision;
    }
}
