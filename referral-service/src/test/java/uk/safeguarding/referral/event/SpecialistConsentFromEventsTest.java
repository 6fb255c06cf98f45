package uk.safeguarding.referral.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.SpecialistConsentEvent;
import uk.safeguarding.referral.service.ReferralIntake;
import uk.safeguarding.referral.support.Await;
import uk.safeguarding.referral.support.Events;
import uk.safeguarding.referral.support.Fixture;
import uk.safeguarding.testing.ServiceTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.referral.support.Fixture.HEALTH;
import static uk.safeguarding.referral.support.Fixture.SCHOOL;
import static uk.safeguarding.referral.support.Fixture.SPECIALIST;
import static uk.safeguarding.referral.support.Fixture.awaitReferralEvent;
import static uk.safeguarding.referral.support.Fixture.child;
import static uk.safeguarding.referral.support.Fixture.decision;
import static uk.safeguarding.referral.support.Fixture.delivery;
import static uk.safeguarding.referral.support.Fixture.referral;
import static uk.safeguarding.referral.support.Fixture.referrals;
import static uk.safeguarding.referral.support.Fixture.specialist;

/** The child's own word on a specialist referral after the decision (procedure 3.4), from events. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "referrals_test"))
class SpecialistConsentFromEventsTest {

    static void consent(String type, UUID concernId, UUID childId, String specialist, boolean agreed) {
        Events.publish(Topics.CONCERNS, type, childId.toString(),
                new SpecialistConsentEvent(concernId, childId, SCHOOL, specialist, agreed, "CHILD", Fixture.now()));
    }

    @Test
    void agreementLaterMakesTheReferralAndWithdrawalRevokesItWhateverItsStatus() {
        UUID childId = child(SCHOOL, null, false, null);
        var decision = decision(childId, SCHOOL).outcome("MONITOR").specialist(HEALTH);
        decision.publish();
        String health = (String) referrals(decision.concernId, 1).get(0).get("id");

        consent("concern.consent-given", decision.concernId, childId, SPECIALIST, true);
        var both = referrals(decision.concernId, 2);
        var spec = both.stream().filter(r -> SPECIALIST.equals(r.get("agencyOrgId"))).findFirst().orElseThrow();
        assertThat(spec.get("role")).isEqualTo("SPECIALIST");
        assertThat(spec.get("lawfulBasis")).isEqualTo("CONSENT");
        assertThat(spec.get("consentStatus")).isEqualTo("GIVEN");
        String id = (String) spec.get("id");
        awaitReferralEvent("referral.created", id);

        // The specialist has it, acknowledged and answered: the withdrawal still revokes it.
        delivery("delivery.succeeded", childId, id, SPECIALIST);
        Fixture.awaitStatus(id, "SENT");
        given().auth().oauth2(specialist(SPECIALIST)).contentType(JSON).body(Map.of("outcome", "ACCEPTED"))
                .when().post("/api/referrals/" + id + "/response").then().statusCode(200);
        Fixture.awaitStatus(id, "RESPONDED");

        consent("concern.consent-withdrawn", decision.concernId, childId, SPECIALIST, false);
        Fixture.awaitStatus(id, "REVOKED");
        var revoked = referral(id, Fixture.OPS);
        assertThat(revoked.getString("revokedAt")).isNotNull();
        var event = awaitReferralEvent("referral.revoked", id);
        assertThat(event.path("previousStatus").asText()).isEqualTo("RESPONDED");
        // Only that specialist: the health service the child agreed to is untouched.
        assertThat(Fixture.status(health)).isEqualTo("PENDING");

        // The same withdrawal again (a new event id) changes nothing more.
        consent("concern.consent-withdrawn", decision.concernId, childId, SPECIALIST, false);
        consent("concern.consent-given", decision.concernId, childId, HEALTH, true);
        var after = Await.until("settled", () -> referrals(decision.concernId, 2), l -> l.size() == 2);
        assertThat(after).extracting(r -> r.get("agencyOrgId") + " " + r.get("status"))
                .containsExactlyInAnyOrder(SPECIALIST + " REVOKED", HEALTH + " PENDING");
        assertThat(Fixture.referralEvents("referral.revoked", id)).hasSize(1);
    }

    @Test
    void agreeingAgainAfterAWithdrawalMakesANewReferral() {
        UUID childId = child(SCHOOL, null, false, null);
        UUID concernId = UUID.randomUUID();
        consent("concern.consent-given", concernId, childId, SPECIALIST, true);
        String first = (String) referrals(concernId, 1).get(0).get("id");
        consent("concern.consent-withdrawn", concernId, childId, SPECIALIST, false);
        Fixture.awaitStatus(first, "REVOKED");
        consent("concern.consent-given", concernId, childId, SPECIALIST, true);
        List<Map<String, Object>> all = referrals(concernId, 2);
        assertThat(all).extracting(r -> (String) r.get("status")).containsExactlyInAnyOrder("REVOKED", "PENDING");
        assertThat(ReferralIntake.CONSENT_WITHDRAWN).contains("3.4");
    }
}
