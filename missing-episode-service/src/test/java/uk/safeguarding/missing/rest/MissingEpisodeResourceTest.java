package uk.safeguarding.missing.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.support.Kafka;
import uk.safeguarding.missing.support.TestData;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.get;
import static uk.safeguarding.missing.support.Api.interview;
import static uk.safeguarding.missing.support.Api.now;
import static uk.safeguarding.missing.support.Api.post;
import static uk.safeguarding.missing.support.Api.report;
import static uk.safeguarding.missing.support.Api.reportOk;
import static uk.safeguarding.missing.support.Api.returned;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_test"))
class MissingEpisodeResourceTest {

    @Inject
    TestData data;

    TestData.Area a;
    String staff;
    String dcpo;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        a = data.area();
        staff = TestTokens.token(a.school(), "staff");
        dcpo = TestTokens.token(a.school(), "dcpo");
    }

    @Test
    void reportAnswers201WithLocationEtagAndTheEpisode() {
        UUID child = data.child(a.school());
        OffsetDateTime lastSeen = now().minusHours(2);

        String location = post(staff, BASE, report(child, lastSeen, "HIGH"))
                .statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("MISSING"))
                .body("childId", equalTo(child.toString()))
                .body("settingOrgId", equalTo(a.school()))
                .body("pendingLink", equalTo(false))
                .body("riskGrade", equalTo("HIGH"))
                .body("lastSeenLocation", equalTo("Bus station, Platform 4"))
                .body("returnDetails", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(dcpo).when().get(location).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id)).body("circumstances", containsString("argument"));

        List<Kafka.Event> events = Kafka.await(Topics.MISSING, child.toString(), e -> Kafka.count(e, "missing.reported") == 1,
                Duration.ofSeconds(20));
        Kafka.Event reported = events.get(0);
        assertThat(reported.data().path("episodeId").asText()).isEqualTo(id);
        assertThat(reported.data().path("status").asText()).isEqualTo("MISSING");
        assertThat(reported.data().path("riskGrade").asText()).isEqualTo("HIGH");
        assertThat(reported.data().path("settingOrgId").asText()).isEqualTo(a.school());
        assertThat(reported.raw()).doesNotContain("Bus station").doesNotContain("argument");
    }

    @Test
    void invalidReportsName400TheField() {
        UUID child = data.child(a.school());
        Map<String, Object> body = report(child, now().minusHours(1), "LOW");

        body.remove("childId");
        post(staff, BASE, body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("childId"));
        post(staff, BASE, with(report(child, now().minusHours(1), "LOW"), "riskGrade", "SEVERE"))
                .statusCode(400).body("errors.field", hasItem("riskGrade"));
        post(staff, BASE, with(report(child, now().minusHours(1), "LOW"), "nickname", "x"))
                .statusCode(400).body("errors.field", hasItem("nickname"));
        post(staff, BASE, with(report(child, now().minusHours(1), "LOW"), "childId", "not-a-uuid"))
                .statusCode(400).body("errors.field", hasItem("childId"));
        post(staff, BASE, with(report(child, now().minusHours(1), "LOW"), "lastSeenAt", "yesterday"))
                .statusCode(400).body("errors.field", hasItem("lastSeenAt"));
        post(staff, BASE, report(child, now().plusHours(1), "LOW"))
                .statusCode(400).body("errors.field", hasItem("lastSeenAt")).body("detail", not(containsString("Bus")));
        post(staff, BASE, with(report(child, now().minusHours(1), "LOW"), "circumstances", " "))
                .statusCode(400).body("errors.field", hasItem("circumstances"));
        // nothing was half-written
        get(staff, BASE + "?childId=" + child).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rolesAndOrganisations() {
        UUID child = data.child(a.school());
        Map<String, Object> body = report(child, now().minusHours(1), "LOW");

        given().contentType(ContentType.JSON).body(body).when().post(BASE).then().statusCode(401);
        // a role that may never report
        post(TestTokens.token(a.police(), "police"), BASE, body).statusCode(403);
        post(TestTokens.token(a.school(), "ofsted"), BASE, body).statusCode(403);
        // a setting role held in an organisation of the wrong type
        post(TestTokens.token(a.la(), "staff"), BASE, body).statusCode(403);
        // writing for another setting
        post(staff, BASE, with(report(child, now().minusHours(1), "LOW"), "settingOrgId", a.otherSchool())).statusCode(403);
        // a school MIS must name the person reporting
        String mis = TestTokens.builder(a.school(), "mis-client").client("mis-" + a.school()).subject("svc-mis").build();
        post(mis, BASE, body).statusCode(400).body("errors.field", hasItem("reportedBy"));
        post(mis, BASE, with(report(child, now().minusHours(1), "LOW"), "reportedBy", Map.of("name", "A Teacher", "role", "Head of Year")))
                .statusCode(201).body("reportedBy.name", equalTo("A Teacher"));
    }

    @Test
    void tenancyAnswers404ForAnotherSettingsRecords() {
        UUID child = data.child(a.school());
        UUID id = reportOk(staff, report(child, now().minusHours(3), "LOW"));
        String otherStaff = TestTokens.token(a.otherSchool(), "staff");
        String otherDcpo = TestTokens.token(a.otherSchool(), "dcpo");

        get(otherStaff, BASE + "/" + id).statusCode(404).contentType("application/problem+json");
        get(otherStaff, BASE + "?childId=" + child).statusCode(200).body("total", equalTo(0));
        post(otherStaff, BASE + "/" + id + "/return", returned(now(), true, "KNOWN")).statusCode(404);
        post(otherDcpo, BASE + "/" + id + "/return-interview", interview(now(), now(), false, a.otherSchool(), false)).statusCode(404);
        // a child known to attend another setting cannot be reported by this one
        UUID foreignChild = data.child(a.otherSchool());
        post(staff, BASE, report(foreignChild, now().minusHours(1), "LOW")).statusCode(404);
        // LOW is not for the police; a police force of another area sees nothing either
        get(TestTokens.token(a.police(), "police"), BASE + "/" + id).statusCode(404);
        get(TestTokens.token(a.otherLa(), "social-worker"), BASE + "/" + id).statusCode(404);
        get(TestTokens.token(a.la(), "social-worker"), BASE + "/" + id).statusCode(200);
        get(TestTokens.token(a.school(), "ofsted"), BASE + "/" + id).statusCode(403);
        get(staff, BASE + "/not-a-uuid").statusCode(400).body("errors.field", hasItem("id"));
        get(staff, BASE + "/" + UUID.randomUUID()).statusCode(404);
    }

    @Test
    void aSecondOpenEpisodeIs409AndTimesMustNotOverlap() {
        UUID child = data.child(a.school());
        OffsetDateTime firstSeen = now().minusDays(3);
        UUID first = reportOk(staff, report(child, firstSeen, "MEDIUM"));

        post(staff, BASE, report(child, now().minusHours(1), "MEDIUM")).statusCode(409).contentType("application/problem+json");

        post(staff, BASE + "/" + first + "/return", returned(firstSeen.plusDays(2), true, "KNOWN")).statusCode(200);
        // went missing again while, by the record, still away
        post(staff, BASE, report(child, firstSeen.plusDays(1), "MEDIUM")).statusCode(400).body("errors.field", hasItem("lastSeenAt"));
        reportOk(staff, report(child, firstSeen.plusDays(2).plusHours(5), "MEDIUM"));
    }

    @Test
    void stateMachineMissingReturnedInterviewed() {
        UUID child = data.child(a.school());
        OffsetDateTime lastSeen = now().minusDays(2);
        UUID id = reportOk(staff, report(child, lastSeen, "MEDIUM"));
        String path = BASE + "/" + id;

        post(dcpo, path + "/return-interview", interview(now(), now(), false, a.school(), false)).statusCode(409);
        post(staff, path + "/return", returned(lastSeen.minusSeconds(1), true, "KNOWN")).statusCode(400)
                .body("errors.field", hasItem("returnedAt"));
        post(staff, path + "/return", returned(now().plusHours(2), true, "KNOWN")).statusCode(400)
                .body("errors.field", hasItem("returnedAt"));
        post(staff, path + "/return", with(returned(now(), true, "KNOWN"), "whereaboutsDuringAbsence", "SOMEWHERE"))
                .statusCode(400).body("errors.field", hasItem("whereaboutsDuringAbsence"));

        OffsetDateTime back = lastSeen.plusHours(10);
        post(staff, path + "/return", returned(back, true, "KNOWN", "INJURED")).statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("RETURNED"))
                .body("returnDetails.durationHours", equalTo(10.0f))
                .body("returnDetails.presentation", equalTo(List.of("INJURED")))
                .body("interviewDueBy", notNullValue());
        post(staff, path + "/return", returned(back, true, "KNOWN")).statusCode(409);

        // staff may not record the interview; police see a MEDIUM episode but may not record it either
        post(staff, path + "/return-interview", interview(back.plusHours(1), back.plusHours(2), false, a.school(), false)).statusCode(403);
        post(TestTokens.token(a.police(), "police"), path + "/return-interview",
                interview(back.plusHours(1), back.plusHours(2), false, a.school(), false)).statusCode(403);
        post(dcpo, path + "/return-interview", interview(back.minusHours(1), back.plusHours(2), false, a.school(), false))
                .statusCode(400).body("errors.field", hasItem("offeredAt"));
        post(dcpo, path + "/return-interview", interview(back.plusHours(1), null, false, a.school(), false))
                .statusCode(400).body("errors.field", hasItem("conductedAt"));

        post(dcpo, path + "/return-interview", interview(back.plusHours(1), back.plusHours(2), false, a.school(), false))
                .statusCode(200)
                .body("status", equalTo("INTERVIEWED"))
                .body("returnInterview.offeredWithinDeadline", equalTo(true))
                .body("returnInterview.conductedBy.orgId", equalTo(a.school()))
                .body("interviewOverdue", equalTo(false));
        post(dcpo, path + "/return-interview", interview(back.plusHours(1), back.plusHours(2), false, a.school(), false)).statusCode(409);

        List<Kafka.Event> events = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.return-interview.recorded") == 1, Duration.ofSeconds(20));
        assertThat(events).extracting(Kafka.Event::type).containsSubsequence(
                "missing.reported", "missing.returned", "missing.return-interview.recorded");
        Kafka.Event returnedEvent = events.stream().filter(e -> e.type().equals("missing.returned")).findFirst().orElseThrow();
        assertThat(returnedEvent.data().path("status").asText()).isEqualTo("RETURNED");
        assertThat(returnedEvent.data().path("returnedAt").asText()).isNotEmpty();
        assertThat(returnedEvent.raw()).doesNotContain("Retail park").doesNotContain("Sam Interviewer").doesNotContain("alcohol");
    }

    @Test
    void aDeclinedInterviewIsRecordedApart() {
        UUID child = data.child(a.school());
        OffsetDateTime lastSeen = now().minusDays(1);
        UUID id = reportOk(staff, report(child, lastSeen, "LOW"));
        post(staff, BASE + "/" + id + "/return", returned(lastSeen.plusHours(3), true, "KNOWN")).statusCode(200);

        post(dcpo, BASE + "/" + id + "/return-interview", interview(lastSeen.plusHours(4), null, true, a.school(), false))
                .statusCode(200).body("status", equalTo("INTERVIEW_DECLINED")).body("returnInterview.declined", equalTo(true));

        Kafka.Event recorded = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.return-interview.recorded") == 1, Duration.ofSeconds(20)).stream()
                .filter(e -> e.type().equals("missing.return-interview.recorded")).findFirst().orElseThrow();
        assertThat(recorded.data().path("interviewDeclined").asBoolean()).isTrue();
        assertThat(recorded.data().path("status").asText()).isEqualTo("INTERVIEW_DECLINED");
    }

    @Test
    void socialWorkersOfThePlacingOrHostAuthorityRecordInterviews() {
        // looked after, placed by an authority of another area, living in the home of this area, attending the school
        UUID placed = data.child(a.school(), a.home(), true, a.otherLa());
        OffsetDateTime lastSeen = now().minusDays(1);
        UUID id = reportOk(staff, report(placed, lastSeen, "LOW"));
        post(staff, BASE + "/" + id + "/return", returned(lastSeen.plusHours(3), true, "KNOWN")).statusCode(200)
                .body("lookedAfter", equalTo(true)).body("placingAuthorityOrgId", equalTo(a.otherLa()));
        String stranger = TestTokens.token(data.area().la(), "social-worker");

        post(stranger, BASE + "/" + id + "/return-interview", interview(lastSeen.plusHours(4), lastSeen.plusHours(5), false, a.otherLa(), false))
                .statusCode(404);
        post(TestTokens.token(a.otherLa(), "social-worker"), BASE + "/" + id + "/return-interview",
                interview(lastSeen.plusHours(4), lastSeen.plusHours(5), false, a.otherLa(), false))
                .statusCode(200).body("status", equalTo("INTERVIEWED"));

        // the host authority: the local authority of the setting
        UUID local = data.child(a.school());
        UUID second = reportOk(staff, report(local, lastSeen, "LOW"));
        post(staff, BASE + "/" + second + "/return", returned(lastSeen.plusHours(3), true, "KNOWN")).statusCode(200);
        post(TestTokens.token(a.la(), "social-worker"), BASE + "/" + second + "/return-interview",
                interview(lastSeen.plusHours(4), lastSeen.plusHours(5), false, a.la(), false))
                .statusCode(200).body("status", equalTo("INTERVIEWED"));
    }

    @Test
    void staleIfMatchIs412() {
        UUID child = data.child(a.school());
        OffsetDateTime lastSeen = now().minusDays(1);
        UUID id = reportOk(staff, report(child, lastSeen, "LOW"));

        given().auth().oauth2(staff).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(returned(lastSeen.plusHours(1), true, "KNOWN"))
                .when().post(BASE + "/" + id + "/return").then().statusCode(412).contentType("application/problem+json");
        String etag = get(staff, BASE + "/" + id).statusCode(200).extract().header("ETag");
        given().auth().oauth2(staff).contentType(ContentType.JSON).header("If-Match", etag)
                .body(returned(lastSeen.plusHours(1), true, "KNOWN"))
                .when().post(BASE + "/" + id + "/return").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResult() {
        UUID child = data.child(a.school());
        Map<String, Object> body = report(child, now().minusHours(2), "LOW");
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(staff).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(BASE).then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(BASE).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first))
                .header("Location", endsWith(first));
        given().auth().oauth2(staff).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(with(report(child, now().minusHours(2), "HIGH"), "riskGrade", "HIGH"))
                .when().post(BASE).then().statusCode(409);
        get(staff, BASE + "?childId=" + child).body("total", equalTo(1));
    }

    @Test
    void listIsPagedNewestFirstAndFiltered() {
        UUID child = data.child(a.school());
        OffsetDateTime t = now().minusDays(10);
        UUID oldest = reportOk(staff, report(child, t, "LOW"));
        post(staff, BASE + "/" + oldest + "/return", returned(t.plusHours(1), true, "KNOWN")).statusCode(200);
        UUID middle = reportOk(staff, report(child, t.plusDays(1), "HIGH"));
        post(staff, BASE + "/" + middle + "/return", returned(t.plusDays(1).plusHours(1), true, "KNOWN")).statusCode(200);
        UUID newest = reportOk(staff, report(child, t.plusDays(2), "MEDIUM"));

        get(staff, BASE + "?childId=" + child + "&size=2").statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", equalTo(List.of(newest.toString(), middle.toString())));
        get(staff, BASE + "?childId=" + child + "&size=2&page=1").body("items.id", equalTo(List.of(oldest.toString())));
        get(staff, BASE + "?childId=" + child + "&status=RETURNED").body("items.id", equalTo(List.of(middle.toString(), oldest.toString())));
        get(TestTokens.token(a.police(), "police"), BASE + "?childId=" + child)
                .body("items.id", equalTo(List.of(newest.toString(), middle.toString())));
        get(TestTokens.token(a.la(), "social-worker"), BASE + "?childId=" + child).body("total", equalTo(3));
        get(staff, BASE + "?size=201").statusCode(400).body("errors.field", hasItem("size"));
        get(staff, BASE + "?status=LOST").statusCode(400).body("errors.field", hasItem("status"));
        get(staff, BASE + "?childId=abc").statusCode(400).body("errors.field", hasItem("childId"));
        get(TestTokens.token(a.school(), "specialist"), BASE).statusCode(403);
    }

    @Test
    void theAuditorListsOneChildsEpisodesForSubjectAccessAndWritesNone() {
        UUID child = data.child(a.school());
        UUID id = reportOk(staff, report(child, now().minusHours(3), "LOW"));
        UUID otherChild = data.child(a.otherSchool());
        reportOk(TestTokens.token(a.otherSchool(), "staff"), report(otherChild, now().minusHours(2), "LOW"));
        String auditor = TestTokens.token(a.la(), "auditor");

        get(auditor, BASE + "?childId=" + child).statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id.toString())).body("items[0].circumstances", containsString("argument"));
        get(auditor, BASE + "?childId=" + otherChild).statusCode(200).body("total", equalTo(1));
        // Always one child: without childId 400 naming it; nothing by id; no writes.
        get(auditor, BASE).statusCode(400).body("errors.field", hasItem("childId"));
        get(auditor, BASE + "?status=MISSING").statusCode(400).body("errors.field", hasItem("childId"));
        get(auditor, BASE + "/" + id).statusCode(403);
        post(auditor, BASE, report(child, now().minusHours(1), "LOW")).statusCode(403);
        post(auditor, BASE + "/" + id + "/return", returned(now(), true, "KNOWN")).statusCode(403);
        post(auditor, BASE + "/" + id + "/return-interview", interview(now(), now(), false, a.la(), false)).statusCode(403);
    }

    @Test
    void packetsAreRedactedForTheRecipient() {
        UUID child = data.child(a.school(), null, true, a.otherLa());
        OffsetDateTime lastSeen = now().minusDays(3);
        UUID id = reportOk(staff, report(child, lastSeen, "HIGH"));
        post(staff, BASE + "/" + id + "/return", returned(lastSeen.plusHours(30), false, "UNKNOWN", "WELL_CARED_FOR")).statusCode(200);
        post(dcpo, BASE + "/" + id + "/return-interview", interview(lastSeen.plusHours(31), lastSeen.plusHours(32), false, a.school(), true))
                .statusCode(200);
        String notifier = TestTokens.builder(null, "notifier").client("notifier").build();
        String packet = "/internal/missing-episodes/" + id + "/packet";

        String police = get(notifier, packet + "?recipientType=POLICE").statusCode(200)
                .body("packetType", equalTo("MISSING_EPISODE"))
                .body("childId", equalTo(child.toString()))
                .body("active", equalTo(true))
                .body("fieldsDisclosed", equalTo(List.of("MISSING_EPISODE", "SETTING")))
                .body("data.riskGrade", equalTo("HIGH"))
                .body("data.circumstances", containsString("argument"))
                .body("data.foundLocation", containsString("Retail park"))
                .body("data.returnInterview.disclosedExploitation", equalTo(true))
                .body("data.settingOrgId", equalTo(a.school()))
                .extract().asString();
        assertThat(police).doesNotContain("Sam Interviewer").doesNotContain("upn");
        get(notifier, packet + "?recipientType=LOCAL_AUTHORITY").statusCode(200)
                .body("data.lastSeenLocation", containsString("Bus station"))
                .body("data.placingAuthorityOrgId", equalTo(a.otherLa()));
        get(notifier, packet + "?recipientType=OFSTED").statusCode(200)
                .body("active", equalTo(false)).body("fieldsDisclosed", equalTo(List.of())).body("data.circumstances", nullValue());
        get(notifier, packet + "?recipientType=OPS").statusCode(200).body("active", equalTo(false)).body("data.riskGrade", nullValue());
        get(notifier, packet).statusCode(400).body("errors.field", hasItem("recipientType"));
        get(notifier, packet + "?recipientType=FRIENDS").statusCode(400).body("errors.field", hasItem("recipientType"));
        get(notifier, "/internal/missing-episodes/" + UUID.randomUUID() + "/packet?recipientType=POLICE").statusCode(404);
        get(dcpo, packet + "?recipientType=POLICE").statusCode(403);
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    void healthAndMetricsOnTheManagementInterfaceOpenApiOnThePublicPort() {
        given().when().get(health).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/missing-episodes/{id}/return-interview"));
        given().when().get(metrics).then().statusCode(200).body(containsString("missing_episodes_unlinked"));
        given().when().get("/q/health").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
