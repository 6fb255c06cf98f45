package uk.safeguarding.missing.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.domain.EpisodeStatus;
import uk.safeguarding.missing.domain.RiskGrade;
import uk.safeguarding.missing.domain.Whereabouts;
import uk.safeguarding.missing.repository.EpisodeReturn;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.missing.repository.ReturnInterview;
import uk.safeguarding.missing.support.TestData;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.get;

/** Collated statistics: exact for the setting's DCPO, "<5" across settings, computed in SQL, by ISO week. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_test"))
class StatsTest {

    /** A Monday: ISO week 2025-W10. */
    static final OffsetDateTime W10 = OffsetDateTime.of(2025, 3, 3, 10, 0, 0, 0, ZoneOffset.UTC);
    static final String PERIOD = "?from=2025-03-01&to=2025-03-31";

    @Inject
    TestData data;
    @Inject
    MissingEpisodeRepository repository;

    TestData.Area a;
    UUID childA;
    UUID childB;
    UUID childC;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        a = data.area();
        childA = UUID.randomUUID();
        childB = UUID.randomUUID();
        childC = UUID.randomUUID();
        // week 10: A 2 h (interviewed, offered in time), A 4 h (declined, offered in time), B 6 h (interviewed, offered after 80 h)
        episode(childA, W10, 2, EpisodeStatus.INTERVIEWED, 1);
        episode(childA, W10.plusDays(2), 4, EpisodeStatus.INTERVIEW_DECLINED, 1);
        episode(childB, W10.plusDays(1), 6, EpisodeStatus.INTERVIEWED, 80);
        // week 11: A 10 h (returned, never offered: overdue), C still missing
        episode(childA, W10.plusDays(9), 10, EpisodeStatus.RETURNED, null);
        episode(childC, W10.plusDays(10), null, EpisodeStatus.MISSING, null);
        // outside the period, and another area's school: not counted
        episode(childA, W10.minusDays(60), 1, EpisodeStatus.RETURNED, null);
        episodeAt(a.otherSchool(), UUID.randomUUID(), W10, 5, EpisodeStatus.RETURNED, null);
    }

    @Test
    void theSettingsDcpoSeesExactCounts() {
        String body = get(TestTokens.token(a.school(), "dcpo"), BASE + "/stats" + PERIOD).statusCode(200)
                .body("scope", equalTo("SETTING"))
                .body("settings", equalTo(1))
                .body("smallNumbersSuppressed", equalTo(false))
                .body("totals.episodes", equalTo(5))
                .body("totals.children", equalTo(3))
                .body("totals.childrenWith3PlusEpisodes", equalTo(1))
                .body("totals.medianDurationHours", equalTo(5.0f))
                .body("totals.maxDurationHours", equalTo(10.0f))
                .body("totals.interviewsOfferedWithin72h", equalTo(2))
                .body("totals.interviewsDone", equalTo(2))
                .body("totals.interviewsDeclined", equalTo(1))
                .body("totals.interviewsOverdue", equalTo(2))
                .body("byWeek.isoWeek", equalTo(List.of("2025-W10", "2025-W11")))
                .body("byWeek[0].weekStart", equalTo("2025-03-03"))
                .body("byWeek[0].figures.episodes", equalTo(3))
                .body("byWeek[0].figures.children", equalTo(2))
                .body("byWeek[0].figures.childrenWith3PlusEpisodes", equalTo(0))
                .body("byWeek[0].figures.medianDurationHours", equalTo(4.0f))
                .body("byWeek[0].figures.maxDurationHours", equalTo(6.0f))
                .body("byWeek[0].figures.interviewsOfferedWithin72h", equalTo(2))
                .body("byWeek[0].figures.interviewsOverdue", equalTo(1))
                .body("byWeek[1].figures.episodes", equalTo(2))
                .body("byWeek[1].figures.medianDurationHours", equalTo(10.0f))
                .body("byWeek[1].figures.interviewsDone", equalTo(0))
                .extract().asString();
        assertThat(body).doesNotContain(childA.toString()).doesNotContain(childB.toString()).doesNotContain(childC.toString());
        get(TestTokens.token(a.school(), "dcpo"), BASE + "/stats" + PERIOD + "&settingOrgId=" + a.school()).statusCode(200)
                .body("totals.episodes", equalTo(5));
    }

    @Test
    void localAuthorityAndPoliceSeeTheirAreaWithSmallNumbersSuppressed() {
        for (String token : List.of(TestTokens.token(a.la(), "social-worker"), TestTokens.token(a.police(), "police"))) {
            String body = get(token, BASE + "/stats" + PERIOD).statusCode(200)
                    .body("settings", equalTo(2))
                    .body("smallNumbersSuppressed", equalTo(true))
                    .body("totals.episodes", equalTo(5))
                    .body("totals.children", equalTo("<5"))
                    .body("totals.childrenWith3PlusEpisodes", equalTo("<5"))
                    .body("totals.medianDurationHours", nullValue())
                    .body("totals.maxDurationHours", nullValue())
                    .body("totals.durationsSuppressed", equalTo(true))
                    .body("totals.interviewsOfferedWithin72h", equalTo("<5"))
                    .body("totals.interviewsDeclined", equalTo("<5"))
                    .body("byWeek[0].figures.episodes", equalTo("<5"))
                    .body("byWeek[1].figures.interviewsDone", equalTo(0))
                    .body("byWeek[1].figures.childrenWith3PlusEpisodes", equalTo(0))
                    .extract().asString();
            assertThat(body).doesNotContain(childA.toString()).doesNotContain(a.school());
        }
        get(TestTokens.token(a.la(), "social-worker"), BASE + "/stats" + PERIOD).body("scope", equalTo("LOCAL_AUTHORITY_AREA"));
        get(TestTokens.token(a.police(), "police"), BASE + "/stats" + PERIOD).body("scope", equalTo("POLICE_FORCE_AREA"));
        // one setting of the area
        get(TestTokens.token(a.la(), "social-worker"), BASE + "/stats" + PERIOD + "&settingOrgId=" + a.home()).statusCode(200)
                .body("settings", equalTo(1)).body("totals.episodes", equalTo(0));
        // the other area's figures are theirs
        get(TestTokens.token(a.otherLa(), "social-worker"), BASE + "/stats" + PERIOD).statusCode(200)
                .body("totals.episodes", equalTo("<5")).body("totals.interviewsOverdue", equalTo("<5"));
    }

    @Test
    void scopeAndParametersAreChecked() {
        String dcpo = TestTokens.token(a.school(), "dcpo");
        get(dcpo, BASE + "/stats" + PERIOD + "&settingOrgId=" + a.otherSchool()).statusCode(404);
        get(TestTokens.token(a.la(), "social-worker"), BASE + "/stats" + PERIOD + "&settingOrgId=" + a.otherSchool()).statusCode(404);
        get(TestTokens.token(a.school(), "staff"), BASE + "/stats" + PERIOD).statusCode(403);
        get(TestTokens.token("OPS-TEAM", "ops"), BASE + "/stats" + PERIOD).statusCode(403);
        get(dcpo, BASE + "/stats?from=2025-13-01").statusCode(400).body("errors.field", hasItem("from"));
        get(dcpo, BASE + "/stats?from=2025-03-10&to=2025-03-01").statusCode(400).body("errors.field", hasItem("from"));
        get(dcpo, BASE + "/stats?from=2020-01-01&to=2025-03-01").statusCode(400).body("errors.field", hasItem("to"));
        get(dcpo, BASE + "/stats").statusCode(200).body("totals", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void fiveOrMoreAreShownExactlyAcrossSettings() {
        for (int i = 0; i < 5; i++) {
            episodeAt(a.home(), UUID.randomUUID(), W10.plusDays(14).plusHours(i), 3, EpisodeStatus.INTERVIEWED, 2);
        }
        get(TestTokens.token(a.la(), "social-worker"), BASE + "/stats" + PERIOD + "&settingOrgId=" + a.home()).statusCode(200)
                .body("totals", equalTo(Map.of("episodes", 5, "children", 5, "childrenWith3PlusEpisodes", 0,
                        "medianDurationHours", 3.0f, "maxDurationHours", 3.0f, "interviewsOfferedWithin72h", 5,
                        "interviewsDone", 5, "interviewsDeclined", 0, "interviewsOverdue", 0)));
    }

    private void episode(UUID child, OffsetDateTime lastSeen, Integer hoursAway, EpisodeStatus status, Integer offeredAfterHours) {
        episodeAt(a.school(), child, lastSeen, hoursAway, status, offeredAfterHours);
    }

    private void episodeAt(String setting, UUID child, OffsetDateTime lastSeen, Integer hoursAway, EpisodeStatus status,
                           Integer offeredAfterHours) {
        QuarkusTransaction.requiringNew().run(() -> {
            MissingEpisode e = new MissingEpisode();
            e.id = UUID.randomUUID();
            e.childId = child;
            e.settingOrgId = setting;
            e.status = status;
            e.riskGrade = RiskGrade.LOW;
            e.lastSeenAt = lastSeen;
            e.lastSeenLocation = "Park";
            e.circumstances = "Did not come home";
            e.reportedByActor = "test@" + setting;
            e.createdAt = lastSeen;
            e.updatedAt = lastSeen;
            if (hoursAway != null) {
                e.returnDetails = new EpisodeReturn();
                e.returnDetails.returnedAt = lastSeen.plusHours(hoursAway);
                e.returnDetails.foundLocation = "Town centre";
                e.returnDetails.knownLinksToArea = true;
                e.returnDetails.whereaboutsDuringAbsence = Whereabouts.KNOWN;
            }
            if (offeredAfterHours != null) {
                e.returnInterview = new ReturnInterview();
                e.returnInterview.offeredAt = e.returnDetails.returnedAt.plusHours(offeredAfterHours);
                e.returnInterview.declined = status == EpisodeStatus.INTERVIEW_DECLINED;
                e.returnInterview.conductedAt = e.returnInterview.declined ? null : e.returnInterview.offeredAt;
                e.returnInterview.disclosedExploitation = false;
            }
            repository.persist(e);
        });
    }
}
