package uk.safeguarding.missing.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.support.Kafka;
import uk.safeguarding.missing.support.TestData;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.get;
import static uk.safeguarding.missing.support.Api.interview;
import static uk.safeguarding.missing.support.Api.now;
import static uk.safeguarding.missing.support.Api.post;
import static uk.safeguarding.missing.support.Api.report;
import static uk.safeguarding.missing.support.Api.reportOk;
import static uk.safeguarding.missing.support.Api.returned;

/** The scheduler (every second in tests) announces an interview not offered 72 h after the return, once. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_test"))
class InterviewOverdueTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestData data;
    @Inject
    InterviewOverdueMonitor monitor;

    @Test
    void anInterviewNotOfferedWithin72HoursIsAnnouncedOverdueOnce() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.Area a = data.area();
        String staff = TestTokens.token(a.school(), "staff");
        String dcpo = TestTokens.token(a.school(), "dcpo");

        UUID recentChild = data.child(a.school());
        OffsetDateTime recentSeen = now().minusHours(30);
        UUID recent = reportOk(staff, report(recentChild, recentSeen, "LOW"));
        post(staff, BASE + "/" + recent + "/return", returned(recentSeen.plusHours(29), true, "KNOWN")).statusCode(200);

        UUID child = data.child(a.school());
        OffsetDateTime lastSeen = now().minusDays(5);
        OffsetDateTime back = lastSeen.plusDays(1);
        UUID late = reportOk(staff, report(child, lastSeen, "MEDIUM"));
        post(staff, BASE + "/" + late + "/return", returned(back, true, "KNOWN")).statusCode(200);

        List<Kafka.Event> events = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.return-interview.overdue") == 1, WAIT);
        Kafka.Event overdue = events.stream().filter(e -> e.type().equals("missing.return-interview.overdue")).findFirst().orElseThrow();
        assertThat(overdue.data().path("episodeId").asText()).isEqualTo(late.toString());
        assertThat(overdue.data().path("status").asText()).isEqualTo("RETURNED");
        assertThat(overdue.key()).isEqualTo(child.toString());
        assertThat(data.episode(late).interviewOverdueAt).isNotNull();
        assertThat(data.episode(recent).interviewOverdueAt).isNull();
        get(dcpo, BASE + "/" + late).body("interviewOverdue", equalTo(true));
        get(dcpo, BASE + "/" + recent).body("interviewOverdue", equalTo(false));

        // a run after a restart finds nothing more to announce for it: the flag is in the database
        OffsetDateTime flagged = data.episode(late).interviewOverdueAt;
        monitor.announceBatch();
        assertThat(data.episode(late).interviewOverdueAt).isEqualTo(flagged);

        // the late interview is still recorded, and counted as not offered in time
        post(dcpo, BASE + "/" + late + "/return-interview", interview(now().minusMinutes(5), now().minusMinutes(1), false, a.school(), false))
                .statusCode(200).body("returnInterview.offeredWithinDeadline", equalTo(false)).body("interviewOverdue", equalTo(true));
        List<Kafka.Event> after = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.return-interview.recorded") == 1, WAIT);
        assertThat(Kafka.count(after, "missing.return-interview.overdue")).isEqualTo(1);
        assertThat(Kafka.read(Topics.MISSING, recentChild.toString())).extracting(Kafka.Event::type)
                .doesNotContain("missing.return-interview.overdue");
    }
}
