package uk.safeguarding.missing.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies and calls of the missing-episode API. */
public final class Api {

    public static final String BASE = "/api/missing-episodes";

    private Api() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static Map<String, Object> report(UUID childId, OffsetDateTime lastSeenAt, String riskGrade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childId", childId.toString());
        body.put("lastSeenAt", lastSeenAt.toString());
        body.put("lastSeenLocation", "Bus station, Platform 4");
        body.put("circumstances", "Left after an argument; phone switched off");
        body.put("riskGrade", riskGrade);
        return body;
    }

    public static Map<String, Object> returned(OffsetDateTime returnedAt, boolean knownLinks, String whereabouts, String... presentation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("returnedAt", returnedAt.toString());
        body.put("foundLocation", "Retail park, another town");
        body.put("knownLinksToArea", knownLinks);
        body.put("whereaboutsDuringAbsence", whereabouts);
        body.put("presentation", List.of(presentation));
        return body;
    }

    public static Map<String, Object> interview(OffsetDateTime offeredAt, OffsetDateTime conductedAt, boolean declined,
                                                String interviewerOrg, boolean disclosed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offeredAt", offeredAt.toString());
        if (conductedAt != null) {
            body.put("conductedAt", conductedAt.toString());
        }
        body.put("declined", declined);
        body.put("conductedBy", Map.of("name", "Sam Interviewer", "orgId", interviewerOrg));
        body.put("independent", true);
        body.put("findings", "Stayed with older friends; was given alcohol");
        body.put("disclosedExploitation", disclosed);
        return body;
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    /** Reports and answers the new episode's id (asserting 201). */
    public static UUID reportOk(String token, Map<String, Object> body) {
        return UUID.fromString(post(token, BASE, body).statusCode(201).extract().path("id"));
    }
}
