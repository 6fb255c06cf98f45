package uk.safeguarding.missing.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.domain.MissingPatterns;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.support.Await;
import uk.safeguarding.missing.support.Kafka;
import uk.safeguarding.missing.support.TestData;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.get;
import static uk.safeguarding.missing.support.Api.now;
import static uk.safeguarding.missing.support.Api.post;
import static uk.safeguarding.missing.support.Api.report;
import static uk.safeguarding.missing.support.Api.reportOk;
import static uk.safeguarding.missing.support.Api.returned;

/** A report for a child not heard of yet: accepted, pendingLink, alerted to ops, linked by the child's event on Kafka. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_test"))
class PendingLinkTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestData data;

    TestData.Area a;
    String staff;
    String ops;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        a = data.area();
        staff = TestTokens.token(a.school(), "staff");
        ops = TestTokens.token("OPS-TEAM", "ops");
    }

    @Test
    void anUnknownChildsReportIsAcceptedAlertedAndLinkedWhenTheChildEventArrives() {
        UUID child = UUID.randomUUID();
        OffsetDateTime lastSeen = now().minusDays(2);
        UUID id = reportOk(staff, report(child, lastSeen, "HIGH"));
        get(staff, BASE + "/" + id).body("pendingLink", equalTo(true)).body("lookedAfter", equalTo(false));
        // returned while still unlinked, found where the child has no links: the pattern waits for the link
        post(staff, BASE + "/" + id + "/return", returned(lastSeen.plusHours(5), false, "KNOWN")).statusCode(200);
        Kafka.Event first = Kafka.await(Topics.MISSING, child.toString(), e -> Kafka.count(e, "missing.returned") == 1, WAIT).get(0);
        assertThat(first.type()).isEqualTo("missing.reported");
        assertThat(first.data().path("pendingLink").asBoolean()).isTrue();
        assertThat(data.findings(child, MissingPatterns.Rule.FOUND_NO_KNOWN_LINKS)).isZero();

        // ops: listed with metadata only, alerted once past the threshold (3 s in tests), counted by the gauge
        get(TestTokens.token(a.school(), "dcpo"), BASE + "/unlinked").statusCode(403);
        JsonPath unlinked = Await.until("the ops alert", () -> get(ops, BASE + "/unlinked").statusCode(200).extract().jsonPath(),
                j -> Boolean.TRUE.equals(j.get("find { it.episodeId == '" + id + "' }.alerted")), WAIT);
        Map<String, Object> item = unlinked.getMap("find { it.episodeId == '" + id + "' }");
        assertThat(item).containsOnlyKeys("episodeId", "settingOrgId", "reportedAt", "minutesUnlinked", "alerted");
        assertThat(item.get("settingOrgId")).isEqualTo(a.school());
        assertThat(unlinked.prettify()).doesNotContain(child.toString()).doesNotContain("Bus station");
        assertThat(data.episode(id).unlinkedAlertedAt).isNotNull();
        assertThat(unlinkedGauge()).isGreaterThanOrEqualTo(1.0);

        // the child's event: looked after, placed by another authority, living in the home
        Kafka.publish(Topics.CHILDREN, child.toString(), "child.registered",
                childEvent(child, a.school(), a.home(), true, a.otherLa()));

        MissingEpisode linked = Await.until("the link", () -> data.episode(id), e -> !e.pendingLink, WAIT);
        assertThat(linked.lookedAfter).isTrue();
        assertThat(linked.placingAuthorityOrgId).isEqualTo(a.otherLa());
        assertThat(linked.residenceOrgId).isEqualTo(a.home());
        assertThat(linked.linkedAt).isNotNull();

        List<Kafka.Event> events = Kafka.await(Topics.MISSING, child.toString(),
                e -> Kafka.count(e, "missing.pattern-detected") == 1 && Kafka.count(e, "missing.reported") == 2, WAIT);
        Kafka.Event relinked = events.stream().filter(e -> e.type().equals("missing.reported")).toList().get(1);
        assertThat(relinked.data().path("pendingLink").asBoolean()).isFalse();
        assertThat(relinked.data().path("lookedAfter").asBoolean()).isTrue();
        assertThat(relinked.data().path("placingAuthorityOrgId").asText()).isEqualTo(a.otherLa());
        assertThat(Kafka.count(events, "missing.returned")).isEqualTo(2);
        Kafka.Event pattern = events.stream().filter(e -> e.type().equals("missing.pattern-detected")).findFirst().orElseThrow();
        assertThat(pattern.data().path("indicatorCode").asText()).isEqualTo("MISSING_FOUND_NO_KNOWN_LINKS");

        get(ops, BASE + "/unlinked").body("episodeId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id.toString())));
        // the placing authority's social worker now sees the episode
        get(TestTokens.token(a.otherLa(), "social-worker"), BASE + "/" + id).statusCode(200).body("pendingLink", equalTo(false));
    }

    @Test
    void aChildOfAnotherSettingDoesNotLinkTheReport() {
        UUID child = UUID.randomUUID();
        UUID id = reportOk(staff, report(child, now().minusHours(4), "LOW"));

        Kafka.publish(Topics.CHILDREN, child.toString(), "child.registered", childEvent(child, a.otherSchool(), null, false, null));

        Await.until("the child projection", () -> data.knownChild(child), c -> c != null, WAIT);
        assertThat(data.episode(id).pendingLink).isTrue();
        // and now the service knows the child belongs elsewhere
        post(staff, BASE, report(child, now().minusHours(1), "LOW")).statusCode(404);
    }

    @Test
    void aKnownChildIsLinkedAtOnceAndItsUpdatesReachOpenEpisodesInOrder() {
        UUID child = UUID.randomUUID();
        OffsetDateTime registeredAt = now().minusMinutes(10);
        Kafka.publish(Topics.CHILDREN, child.toString(), "child.registered", childEvent(child, a.school(), null, false, null), registeredAt);
        Await.until("the child projection", () -> data.knownChild(child), c -> c != null, WAIT);

        UUID id = reportOk(staff, report(child, now().minusHours(2), "LOW"));
        assertThat(data.episode(id).pendingLink).isFalse();

        Kafka.publish(Topics.CHILDREN, child.toString(), "child.updated", childEvent(child, a.school(), null, true, a.la()),
                registeredAt.plusMinutes(5));
        // an older event arriving late changes nothing...
        Kafka.publish(Topics.CHILDREN, child.toString(), "child.updated", childEvent(child, a.school(), null, false, null),
                registeredAt.plusMinutes(1));
        // ...and a newer one after it does
        Kafka.publish(Topics.CHILDREN, child.toString(), "child.updated", childEvent(child, a.school(), a.home(), true, a.la()),
                registeredAt.plusMinutes(6));

        MissingEpisode updated = Await.until("the update", () -> data.episode(id), e -> a.home().equals(e.residenceOrgId), WAIT);
        assertThat(updated.lookedAfter).isTrue();
        assertThat(updated.placingAuthorityOrgId).isEqualTo(a.la());
    }

    static Map<String, Object> childEvent(UUID child, String setting, String residence, boolean lookedAfter, String placing) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("childId", child.toString());
        data.put("settingOrgId", setting);
        data.put("residenceOrgId", residence);
        data.put("lookedAfter", lookedAfter);
        data.put("placingAuthorityOrgId", placing);
        data.put("ageBand", "13-15");
        return data;
    }

    static double unlinkedGauge() {
        String metrics = given().when().get(io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri() + "/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^missing_episodes_unlinked(?:\\{[^}]*})? ([0-9.Ee+-]+)$").matcher(metrics);
        assertThat(m.find()).as("the gauge missing_episodes_unlinked").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
