package uk.safeguarding.referral.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.referral.domain.WorkingDayCalendar;
import uk.safeguarding.referral.support.Await;
import uk.safeguarding.referral.support.Events;
import uk.safeguarding.referral.support.Fixture;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.referral.support.Fixture.ADMIN;
import static uk.safeguarding.referral.support.Fixture.HOME;
import static uk.safeguarding.referral.support.Fixture.LA;
import static uk.safeguarding.referral.support.Fixture.OFSTED;
import static uk.safeguarding.referral.support.Fixture.OPS;
import static uk.safeguarding.referral.support.Fixture.PLACING_LA;
import static uk.safeguarding.referral.support.Fixture.POLICE;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.SPECIALIST;
import static uk.safeguarding.referral.support.Fixture.child;
import static uk.safeguarding.referral.support.Fixture.decision;
import static uk.safeguarding.referral.support.Fixture.referrals;

/** Every routing rule end to end: events in on the real broker, referrals in PostgreSQL, events out. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class RoutingFromEventsTest {

    @jakarta.inject.Inject
    uk.safeguarding.referral.repository.ChildRepository children;

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales(ZoneId.of("Europe/London"));

    static String describe(Map<String, Object> r) {
        return r.get("role") + " " + r.get("agencyOrgId") + " " + r.get("agencyType") + " " + r.get("lawfulBasis");
    }

    @Test
    void referWithCseForALookedAfterChildInAHomeMakesExactlyFourReferrals() {
        UUID childId = child(HOME, null, true, PLACING_LA);
        OffsetDateTime decidedAt = OffsetDateTime.parse("2026-11-27T15:00:00Z"); // a Friday afternoon
        var decision = decision(childId, HOME).lookedAfter(PLACING_LA).cse().consent("REFUSED").decidedAt(decidedAt);
        decision.publish();

        var found = referrals(decision.concernId, 4);
        assertThat(found).extracting(RoutingFromEventsTest::describe).containsExactlyInAnyOrder(
                "SOCIAL_CARE LA-801 LOCAL_AUTHORITY PUBLIC_TASK",
                // Told by REFER and by suspected CSE at the home: one referral, on the legal obligation.
                "POLICE PF-AVS POLICE_FORCE LEGAL_OBLIGATION",
                "OFSTED OFSTED OFSTED LEGAL_OBLIGATION",
                "PLACING_AUTHORITY LA-802 LOCAL_AUTHORITY LEGAL_OBLIGATION");
        Map<String, String> due = new java.util.HashMap<>();
        found.forEach(r -> due.put((String) r.get("role"), (String) r.get("dueBy")));
        assertThat(OffsetDateTime.parse(due.get("SOCIAL_CARE"))).isEqualTo(CALENDAR.plusWorkingDays(decidedAt, 1))
                .isEqualTo(OffsetDateTime.parse("2026-11-30T15:00:00Z"));
        for (String role : List.of("POLICE", "OFSTED", "PLACING_AUTHORITY")) {
            assertThat(OffsetDateTime.parse(due.get(role))).as(role).isEqualTo(decidedAt.plusHours(24));
        }
        assertThat(found).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("PENDING");
            assertThat(r.get("consentStatus")).isEqualTo("REFUSED");
            assertThat(r.get("unresolvedAgency")).isEqualTo(false);
            assertThat(r.get("childId")).isEqualTo(childId.toString());
            assertThat(r.get("settingOrgId")).isEqualTo(HOME);
        });
        // Each referral announced with referral.created, keyed by the child, carrying no personal data.
        for (Map<String, Object> r : found) {
            var event = Fixture.awaitReferralEvent("referral.created", (String) r.get("id"));
            assertThat(event.path("childId").asText()).isEqualTo(childId.toString());
            assertThat(event.path("status").asText()).isEqualTo("PENDING");
            assertThat(event.path("role").asText()).isEqualTo(r.get("role"));
            assertThat(event.fieldNames()).toIterable().doesNotContain("note", "name", "responseNote");
        }
        assertThat(referrals(decision.concernId, 4)).hasSize(4);
    }

    @Test
    void monitorWithCseInTheSameHomeNotifiesOfstedThePlacingAuthorityAndPolice() {
        UUID childId = child(HOME, null, true, PLACING_LA);
        var decision = decision(childId, HOME).outcome("MONITOR").lookedAfter(PLACING_LA).cse();
        decision.publish();
        var found = referrals(decision.concernId, 3);
        assertThat(found).extracting(RoutingFromEventsTest::describe).containsExactlyInAnyOrder(
                "OFSTED OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-802 LOCAL_AUTHORITY LEGAL_OBLIGATION",
                "POLICE PF-AVS POLICE_FORCE LEGAL_OBLIGATION");
    }

    @Test
    void anAgreedSpecialistReferralAddsOneMore() {
        UUID childId = child(HOME, null, true, PLACING_LA);
        var decision = decision(childId, HOME).lookedAfter(PLACING_LA).cse().specialist(SPECIALIST);
        decision.publish();
        var found = referrals(decision.concernId, 5);
        assertThat(found).extracting(RoutingFromEventsTest::describe).contains("SPECIALIST SPEC-001 SPECIALIST_SERVICE CONSENT")
                .hasSize(5);
        assertThat(found).filteredOn(r -> "SPECIALIST".equals(r.get("role"))).singleElement()
                .satisfies(r -> assertThat(r.get("consentStatus")).isEqualTo("GIVEN"));
    }

    @Test
    void referFromASchoolGoesToItsLocalAuthorityAndPoliceForce() {
        UUID childId = child(SCHOOL, null, false, null);
        var decision = decision(childId, SCHOOL).cse();
        decision.publish();
        assertThat(referrals(decision.concernId, 2)).extracting(RoutingFromEventsTest::describe).containsExactlyInAnyOrder(
                "SOCIAL_CARE LA-801 LOCAL_AUTHORITY PUBLIC_TASK", "POLICE PF-AVS POLICE_FORCE PUBLIC_TASK");
    }

    @Test
    void aHealthServiceAgreedAloneIsReferredOnConsent() {
        UUID childId = child(SCHOOL, null, false, null);
        var decision = decision(childId, SCHOOL).outcome("MONITOR").specialist("HEALTH-001");
        decision.publish();
        assertThat(referrals(decision.concernId, 1)).extracting(RoutingFromEventsTest::describe)
                .containsExactly("SPECIALIST HEALTH-001 HEALTH CONSENT");
    }

    @Test
    void theResidenceAndPlacingAuthorityAreLearntFromChildEvents() {
        // The child attends a school and lives in the home; the decision event leaves residence and placement out.
        UUID childId = UUID.randomUUID();
        Fixture.childEvent("child.registered", new ChildEvent(childId, SCHOOL, null, false, null, "13-15"));
        Fixture.childEvent("child.updated", new ChildEvent(childId, SCHOOL, HOME, true, PLACING_LA, "13-15"));
        // Wait for this child's residence itself (another test's child may already let LA-802 see the home).
        Await.until("the child's residence is known", () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> children.findByIdOptional(childId).map(c -> c.residenceOrgId).orElse("")), HOME::equals);
        var decision = decision(childId, SCHOOL).outcome("NO_FURTHER_ACTION").cse();
        decision.publish();
        assertThat(referrals(decision.concernId, 3)).extracting(RoutingFromEventsTest::describe).containsExactlyInAnyOrder(
                "OFSTED OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-802 LOCAL_AUTHORITY LEGAL_OBLIGATION",
                "POLICE PF-AVS POLICE_FORCE LEGAL_OBLIGATION");
    }

    @Test
    void theSameEventTwiceCreatesNothingNew() {
        UUID childId = child(SCHOOL, null, false, null);
        var decision = decision(childId, SCHOOL);
        String eventId = UUID.randomUUID().toString();
        decision.publish(eventId);
        assertThat(referrals(decision.concernId, 2)).hasSize(2);
        decision.publish(eventId);
        // A later event of the same child (same partition) shows the duplicate was consumed before it.
        var marker = decision(childId, SCHOOL);
        marker.publish();
        referrals(marker.concernId, 2);
        assertThat(referrals(decision.concernId, 2)).hasSize(2);
        assertThat(Events.matching(Topics.REFERRALS, "referral.created", d -> decision.concernId.toString().equals(d.path("concernId").asText())))
                .hasSize(2);
    }

    @Test
    void aLaterDecisionOfTheSameConcernAddsOnlyNewAgencies() {
        UUID childId = child(HOME, null, true, PLACING_LA);
        var monitor = decision(childId, HOME).outcome("MONITOR").lookedAfter(PLACING_LA).cse();
        monitor.publish();
        referrals(monitor.concernId, 3);
        // The same concern, now referred: social care is added; Ofsted, the placing authority and police not twice.
        var event = new uk.safeguarding.platform.event.data.ConcernDecidedEvent(monitor.concernId, childId, HOME, null, true,
                PLACING_LA, "REFER", true, "HIGH", "NOT_SOUGHT", null, false, null, null, Fixture.now());
        Events.publish(Topics.CONCERNS, "concern.decided", childId.toString(), event);
        assertThat(referrals(monitor.concernId, 4)).extracting(r -> (String) r.get("role"))
                .containsExactlyInAnyOrder("OFSTED", "PLACING_AUTHORITY", "SOCIAL_CARE", "POLICE");
    }

    @Test
    void anAgencyMissingFromTheDirectoryYieldsAnUnresolvedReferralAndAnAlert() {
        String ghostSchool = Fixture.uniqueId("URN");
        String ghostSpecialist = Fixture.uniqueId("SPEC");
        UUID childId = child(ghostSchool, null, false, null);
        var decision = decision(childId, ghostSchool).specialist(ghostSpecialist);
        decision.publish();
        var found = referrals(decision.concernId, 3);
        assertThat(found).extracting(r -> r.get("role") + " " + r.get("agencyOrgId") + " " + r.get("unresolvedAgency") + " " + r.get("status"))
                .containsExactlyInAnyOrder("SOCIAL_CARE null true PENDING", "POLICE null true PENDING",
                        "SPECIALIST " + ghostSpecialist + " true PENDING");

        // The alert: listed to admin (metadata only) and counted.
        var unresolved = given().auth().oauth2(ADMIN).queryParam("unresolved", true).queryParam("concernId", decision.concernId)
                .when().get("/api/referrals").then().statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertThat(unresolved.getList("items.responseNote")).containsOnlyNulls();
        String metrics = given().when().get(io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri() + "/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("referrals_unresolved_agency_total{role=\"SPECIALIST\"").contains("referrals_unresolved_agency_total{role=\"POLICE\"");

        // The admin registers the missing organisations: the referrals resolve and say so.
        Fixture.register(ghostSpecialist, "Late specialist", "SPECIALIST_SERVICE", null, null, null);
        Fixture.register(ghostSchool, "Late school", "SCHOOL", LA, POLICE, null);
        var resolved = Await.until("resolution", () -> referrals(decision.concernId, 3),
                l -> l.stream().noneMatch(r -> Boolean.TRUE.equals(r.get("unresolvedAgency"))));
        assertThat(resolved).extracting(r -> r.get("role") + " " + r.get("agencyOrgId")).containsExactlyInAnyOrder(
                "SOCIAL_CARE " + LA, "POLICE " + POLICE, "SPECIALIST " + ghostSpecialist);
        for (Map<String, Object> r : resolved) {
            Fixture.awaitReferralEvent("referral.updated", (String) r.get("id"));
        }
        given().auth().oauth2(ADMIN).queryParam("unresolved", true).queryParam("concernId", decision.concernId)
                .when().get("/api/referrals").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aPlacingAuthorityMissingFromTheDirectoryIsAlsoKept() {
        String ghostLa = Fixture.uniqueId("LA");
        UUID childId = child(HOME, null, true, ghostLa);
        var decision = decision(childId, HOME).outcome("MONITOR").lookedAfter(ghostLa).cse();
        decision.publish();
        assertThat(referrals(decision.concernId, 3)).extracting(r -> r.get("role") + " " + r.get("agencyOrgId") + " " + r.get("unresolvedAgency"))
                .containsExactlyInAnyOrder("OFSTED " + OFSTED + " false", "PLACING_AUTHORITY " + ghostLa + " true", "POLICE " + POLICE + " false");
        given().auth().oauth2(OPS).queryParam("unresolved", "maybe").when().get("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("unresolved"));
    }

    @Test
    void aSchoolPupilLivingInAHomeOfAnotherAreaIsReferredToTheHomesAuthorityAndForce() {
        String otherLa = Fixture.uniqueId("LA");
        String otherForce = Fixture.uniqueId("PF");
        String home = Fixture.uniqueId("SC");
        Fixture.register(otherLa, "Other authority", "LOCAL_AUTHORITY", null, null, null);
        Fixture.register(otherForce, "Other force", "POLICE_FORCE", null, null, null);
        Fixture.register(home, "Home elsewhere", "CHILDRENS_HOME", otherLa, otherForce, "SC" + (100000 + (int) (Math.random() * 899999)));
        UUID childId = child(SCHOOL, home, true, PLACING_LA);
        var decision = decision(childId, SCHOOL).residence(home).lookedAfter(PLACING_LA).cse();
        decision.publish();
        assertThat(referrals(decision.concernId, 4)).extracting(RoutingFromEventsTest::describe).containsExactlyInAnyOrder(
                "SOCIAL_CARE " + otherLa + " LOCAL_AUTHORITY PUBLIC_TASK",
                "POLICE " + otherForce + " POLICE_FORCE LEGAL_OBLIGATION",
                "OFSTED OFSTED OFSTED LEGAL_OBLIGATION",
                "PLACING_AUTHORITY LA-802 LOCAL_AUTHORITY LEGAL_OBLIGATION");
    }

    @Test
    void aResidenceNotYetInTheDirectoryLeavesTheAreaUnresolvedUntilTheHomeIsRegistered() {
        String home = Fixture.uniqueId("SC");
        UUID childId = child(SCHOOL, home, false, null);
        var decision = decision(childId, SCHOOL).residence(home);
        decision.publish();
        assertThat(referrals(decision.concernId, 2)).extracting(r -> r.get("role") + " " + r.get("agencyOrgId") + " " + r.get("unresolvedAgency"))
                .containsExactlyInAnyOrder("SOCIAL_CARE null true", "POLICE null true");
        Fixture.register(home, "Late home", "CHILDRENS_HOME", PLACING_LA, POLICE, "SC" + (100000 + (int) (Math.random() * 899999)));
        var resolved = Await.until("resolution", () -> referrals(decision.concernId, 2),
                l -> l.stream().noneMatch(r -> Boolean.TRUE.equals(r.get("unresolvedAgency"))));
        assertThat(resolved).extracting(r -> r.get("role") + " " + r.get("agencyOrgId"))
                .containsExactlyInAnyOrder("SOCIAL_CARE " + PLACING_LA, "POLICE " + POLICE);
    }
}
