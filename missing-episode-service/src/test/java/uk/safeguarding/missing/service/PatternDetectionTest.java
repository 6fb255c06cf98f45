package uk.safeguarding.missing.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.domain.MissingPatterns.Rule;
import uk.safeguarding.missing.support.Kafka;
import uk.safeguarding.missing.support.TestData;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.interview;
import static uk.safeguarding.missing.support.Api.now;
import static uk.safeguarding.missing.support.Api.post;
import static uk.safeguarding.missing.support.Api.report;
import static uk.safeguarding.missing.support.Api.reportOk;
import static uk.safeguarding.missing.support.Api.returned;

/** Every rule of MissingPatterns, end to end: one missing.pattern-detected per finding, never on every episode. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_test"))
class PatternDetectionTest {

    static final Duration WAIT = Duration.ofSeconds(30);

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
    void everyRuleRaisesItsIndicatorOnce() {
        UUID child = data.child(a.school());
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime start = now().minusDays(60);

        // two short absences, all well: nothing
        for (int i = 0; i < 2; i++) {
            OffsetDateTime seen = start.plusDays(15L * i);
            UUID id = reportOk(staff, report(child, seen, "LOW"));
            post(staff, BASE + "/" + id + "/return", returned(seen.plusHours(3), true, "KNOWN")).statusCode(200);
            ids.add(id);
        }
        // the third within 90 days: MISSING_PERSISTENT on the report
        OffsetDateTime third = start.plusDays(30);
        ids.add(reportOk(staff, report(child, third, "MEDIUM")));
        JsonNode persistent = single(patterns(child, 1), "MISSING_PERSISTENT");
        assertThat(persistent.path("rule").asText()).isEqualTo("THREE_IN_90_DAYS");
        assertThat(persistent.path("childId").asText()).isEqualTo(child.toString());
        assertThat(persistent.path("settingOrgId").asText()).isEqualTo(a.school());
        assertThat(persistent.path("promptDcpo").asBoolean()).isFalse();
        assertThat(persistent.path("episodeIds")).extracting(JsonNode::asText)
                .containsExactly(ids.get(0).toString(), ids.get(1).toString(), ids.get(2).toString());

        // returned well cared for, found where the child has no links
        post(staff, BASE + "/" + ids.get(2) + "/return", returned(third.plusHours(6), false, "KNOWN", "WELL_CARED_FOR", "NEW_POSSESSIONS"))
                .statusCode(200);
        List<JsonNode> found = patterns(child, 3);
        assertThat(single(found, "MISSING_RETURNS_WELL_CARED_FOR").path("episodeIds")).extracting(JsonNode::asText)
                .containsExactly(ids.get(2).toString());
        assertThat(single(found, "MISSING_FOUND_NO_KNOWN_LINKS").path("rule").asText()).isEqualTo("FOUND_NO_KNOWN_LINKS");

        // a fourth episode in the same window is no new MISSING_PERSISTENT; away 30 h, whereabouts unknown
        OffsetDateTime fourth = start.plusDays(40);
        UUID last = reportOk(staff, report(child, fourth, "HIGH"));
        post(staff, BASE + "/" + last + "/return", returned(fourth.plusHours(30), true, "UNKNOWN")).statusCode(200);
        found = patterns(child, 4);
        assertThat(single(found, "MISSING_LONG_PERIODS_NO_BASE").path("episodeIds")).extracting(JsonNode::asText)
                .containsExactly(last.toString());

        // exploitation disclosed at the return interview: DISCLOSURE_BY_CHILD, the DCPO prompted at once
        post(dcpo, BASE + "/" + last + "/return-interview", interview(fourth.plusHours(31), fourth.plusHours(33), false, a.school(), true))
                .statusCode(200);
        found = patterns(child, 5);
        JsonNode disclosure = single(found, "DISCLOSURE_BY_CHILD");
        assertThat(disclosure.path("promptDcpo").asBoolean()).isTrue();
        assertThat(disclosure.path("rule").asText()).isEqualTo("DISCLOSURE_AT_INTERVIEW");

        // each finding once: exactly five events, and five remembered findings
        assertThat(found).extracting(f -> f.path("indicatorCode").asText()).containsExactlyInAnyOrder("MISSING_PERSISTENT",
                "MISSING_RETURNS_WELL_CARED_FOR", "MISSING_FOUND_NO_KNOWN_LINKS", "MISSING_LONG_PERIODS_NO_BASE", "DISCLOSURE_BY_CHILD");
        for (Rule rule : Rule.values()) {
            assertThat(data.findings(child, rule)).as(rule.name()).isEqualTo(1);
        }
        List<Kafka.Event> all = Kafka.read(Topics.MISSING, child.toString());
        assertThat(all).allSatisfy(e -> assertThat(e.raw()).doesNotContain("Bus station").doesNotContain("alcohol"));
    }

    @Test
    void exactlyTwentyFourHoursOrKnownWhereaboutsRaiseNothing() {
        UUID child = data.child(a.school());
        OffsetDateTime seen = now().minusDays(10);
        UUID day = reportOk(staff, report(child, seen, "LOW"));
        post(staff, BASE + "/" + day + "/return", returned(seen.plusHours(24), true, "UNKNOWN")).statusCode(200);
        UUID known = reportOk(staff, report(child, seen.plusDays(2), "LOW"));
        post(staff, BASE + "/" + known + "/return", returned(seen.plusDays(4), true, "KNOWN", "INJURED")).statusCode(200);
        post(dcpo, BASE + "/" + known + "/return-interview", interview(seen.plusDays(4), seen.plusDays(4).plusHours(1), false, a.school(), false))
                .statusCode(200);

        List<Kafka.Event> events = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.return-interview.recorded") == 1, WAIT);
        assertThat(Kafka.count(events, "missing.pattern-detected")).isZero();
        assertThat(data.findings(child, Rule.LONG_ABSENCE_WHEREABOUTS_UNKNOWN)).isZero();
    }

    private static List<JsonNode> patterns(UUID child, int expected) {
        List<Kafka.Event> events = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.pattern-detected") >= expected, WAIT);
        List<JsonNode> found = events.stream().filter(e -> e.type().equals("missing.pattern-detected")).map(Kafka.Event::data).toList();
        assertThat(found).hasSize(expected);
        return found;
    }

    private static JsonNode single(List<JsonNode> found, String indicator) {
        List<JsonNode> matching = found.stream().filter(f -> f.path("indicatorCode").asText().equals(indicator)).toList();
        assertThat(matching).as(indicator).hasSize(1);
        return matching.get(0);
    }
}
