package uk.safeguarding.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.testing.Fixtures;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ConcernEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;

/** Contract section 6: a revoked referral discloses nothing more — inbox, retries, concern updates. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class RevokedReferralTest {

    static final String OPS = TestTokens.token("OPS-ORG", "ops");
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    private void awaitRevoked(UUID referralId) {
        Fixtures.await("revocation projected", () -> QuarkusTransaction.requiringNew().call(() ->
                        em.createNativeQuery("select revoked from referral_link where referral_id = ?1").setParameter(1, referralId).getResultList()),
                l -> !l.isEmpty() && Boolean.TRUE.equals(l.get(0)));
    }

    private UUID deadLetter(String police, UUID referralId, UUID concernId) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into delivery(id, source_event_id, event_type, purpose, subject_kind, recipient_rule, recipient_key,
                            recipient_org_id, recipient_org_type, setting_org_id, child_id, concern_id, referral_id, lawful_basis,
                            consent_status, inbox_only, status, attempts, created_at, last_attempt_at, last_error)
                        values (?1, ?2, 'referral.created', 'REFERRAL', 'REFERRAL', 'AGENCY', ?3, ?3, 'POLICE_FORCE', 'HOME-R',
                            ?4, ?5, ?6, 'PUBLIC_TASK', 'NOT_SOUGHT', false, 'DEAD_LETTERED', 8, now() - interval '1 hour',
                            now() - interval '1 minute', 'HTTP 503')""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID().toString()).setParameter(3, police)
                .setParameter(4, UUID.randomUUID()).setParameter(5, concernId).setParameter(6, referralId).executeUpdate());
        return id;
    }

    @Test
    void an_ops_retry_of_a_revoked_referrals_dead_letter_is_409_and_the_dead_letter_is_cancelled() {
        String police = unique("POL");
        org(police, OrganisationType.POLICE_FORCE);
        UUID referralId = UUID.randomUUID();
        UUID concernId = UUID.randomUUID();
        UUID dead = deadLetter(police, referralId, concernId);
        publish(Topics.REFERRALS, "referral.revoked", UUID.randomUUID(),
                referral(referralId, concernId, UUID.randomUUID(), "HOME-R", police, "POLICE_FORCE", "POLICE", "REVOKED", null));
        awaitRevoked(referralId);
        assertThat(awaitStatus(dead, "CANCELLED").lastError).isEqualTo("referral revoked");
        given().auth().oauth2(OPS).when().post("/api/deliveries/{id}/retry", dead).then().statusCode(409)
                .contentType("application/problem+json");
        // A dead letter written after the revocation was projected is refused as well.
        UUID late = deadLetter(police, referralId, concernId);
        given().auth().oauth2(OPS).when().post("/api/deliveries/{id}/retry", late).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        assertThat(Fixtures.delivery(late).status.name()).isEqualTo("DEAD_LETTERED");
        assertThat(stub.packetCalls(referralId)).isEmpty();
    }

    @Test
    void the_inbox_shows_a_revoked_referral_without_child_concern_or_packet_and_fetches_nothing() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        UUID referralId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        UUID concernId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(referralId, concernId, childId, "HOME-R", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        String worker = TestTokens.token(la, "social-worker");
        publish(Topics.REFERRALS, "referral.revoked", childId,
                referral(referralId, concernId, childId, "HOME-R", la, "LOCAL_AUTHORITY", "SOCIAL_CARE", "REVOKED", null));
        awaitRevoked(referralId);
        int fetchedBefore = stub.packetCalls(referralId).size();

        List<Map<String, Object>> items = given().auth().oauth2(worker).when().get("/api/inbox?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> item = items.stream().filter(i -> d.id.toString().equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(item).containsEntry("withdrawn", true).containsEntry("referralId", referralId.toString())
                .doesNotContainKeys("childId", "concernId", "episodeId", "packets");
        assertThat(stub.packetCalls(referralId)).hasSize(fetchedBefore);
        given().auth().oauth2(worker).when().post("/api/inbox/{id}/ack", d.id).then().statusCode(200)
                .body("childId", org.hamcrest.Matchers.nullValue()).body("concernId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void the_inbox_serves_only_what_arrived() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String worker = TestTokens.token(la, "social-worker");
        for (String status : List.of("CANCELLED", "PENDING", "DEAD_LETTERED", "RETRYING")) {
            given().auth().oauth2(worker).when().get("/api/inbox?status=" + status).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        }
        given().auth().oauth2(worker).when().get("/api/inbox?status=ACKNOWLEDGED").then().statusCode(200);
    }

    @Test
    void a_concern_update_asks_the_owner_whether_that_agencys_referral_still_stands() {
        String police = unique("POL");
        org(police, OrganisationType.POLICE_FORCE);
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        publish(Topics.REFERRALS, "referral.created", childId, referral(referralId, concernId, childId, "HOME-R", police, "POLICE_FORCE", "POLICE"));
        Fixtures.await("referral projected", () -> QuarkusTransaction.requiringNew().call(() ->
                        em.createNativeQuery("select revoked from referral_link where referral_id = ?1").setParameter(1, referralId).getResultList()),
                l -> !l.isEmpty());
        String eventId = publish(Topics.CONCERNS, "concern.updated", childId,
                new ConcernEvent(concernId, childId, "HOME-R", null, false, null, "REFERRED", "HIGH", "2026.1",
                        List.of("BEHAVIOUR_SECRETIVE"), List.of(), "staff", "INDICATOR_ADDED", List.of(), NOW));
        Delivery update = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(update.recipientOrgId).isEqualTo(police);
        assertThat(stub.packetCalls(concernId)).isNotEmpty()
                .allSatisfy(call -> assertThat(call.query()).containsEntry("recipientOrgId", police));
    }

    @Test
    void a_concern_update_whose_packet_the_owner_withdrew_is_cancelled_not_sent() {
        String police = unique("POL");
        org(police, OrganisationType.POLICE_FORCE);
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        publish(Topics.REFERRALS, "referral.created", childId, referral(referralId, concernId, childId, "HOME-R", police, "POLICE_FORCE", "POLICE"));
        Fixtures.await("referral projected", () -> QuarkusTransaction.requiringNew().call(() ->
                        em.createNativeQuery("select revoked from referral_link where referral_id = ?1").setParameter(1, referralId).getResultList()),
                l -> !l.isEmpty());
        // concern-service answers inactive for an agency whose referral it has seen revoked.
        stub.withdraw(concernId);
        String eventId = publish(Topics.CONCERNS, "concern.updated", childId,
                new ConcernEvent(concernId, childId, "HOME-R", null, false, null, "REFERRED", "HIGH", "2026.1",
                        List.of("BEHAVIOUR_SECRETIVE"), List.of(), "staff", "INDICATOR_ADDED", List.of(), NOW));
        awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "CANCELLED");
    }
}
