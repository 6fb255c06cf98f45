package uk.safeguarding.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import static uk.safeguarding.notification.testing.Fixtures.webhook;

/** What ops sees (metadata only), the summary, manual retry rules, and retry state surviving a restart. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class DeliveryOpsTest {

    static final String OPS = TestTokens.token("OPS-ORG", "ops");
    static final Set<String> METADATA = Set.of("id", "status", "recipientOrgId", "eventType", "purpose", "channel", "attempts",
            "lastError", "createdAt", "lastAttemptAt", "nextAttemptAt", "deliveredAt", "acknowledgedAt");

    @Inject
    EntityManager em;

    /** The stub serves the notifier's token and the packets: started before any delivery, whichever test runs first. */
    final Stub stub = Stub.get();

    @Test
    void ops_lists_deliveries_by_agency_and_status_with_metadata_only() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(UUID.randomUUID(), UUID.randomUUID(), childId, "HOME-O", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");

        List<Map<String, Object>> items = given().auth().oauth2(OPS).when().get("/api/deliveries?agencyOrgId={o}", la)
                .then().statusCode(200).body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50))
                .extract().jsonPath().getList("items");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(METADATA).containsAll(item.keySet());
            assertThat(item).containsEntry("id", d.id.toString()).containsEntry("status", "DELIVERED")
                    .containsEntry("recipientOrgId", la).containsEntry("eventType", "referral.created")
                    .containsEntry("channel", "INBOX").containsEntry("attempts", 1)
                    .containsKeys("createdAt", "lastAttemptAt", "deliveredAt");
        });
        String raw = given().auth().oauth2(OPS).when().get("/api/deliveries/{id}", d.id).then().statusCode(200).extract().asString();
        assertThat(raw).doesNotContain(childId.toString()).doesNotContain("packets");
        given().auth().oauth2(OPS).when().get("/api/deliveries?agencyOrgId={o}&status=DEAD_LETTERED", la)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(OPS).when().get("/api/deliveries?status=SENT").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(OPS).when().get("/api/deliveries?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(OPS).when().get("/api/deliveries?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));

        Map<String, Object> summary = given().auth().oauth2(OPS).when().get("/api/deliveries/summary")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat((Map<String, Object>) summary.get("byStatus")).containsKeys("PENDING", "DELIVERED", "RETRYING", "DEAD_LETTERED",
                "ACKNOWLEDGED", "CANCELLED");
        List<Map<String, Object>> byAgency = (List<Map<String, Object>>) summary.get("byAgency");
        assertThat(byAgency).filteredOn(a -> la.equals(a.get("agencyOrgId"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("total", 1).containsEntry("byStatus", Map.of("DELIVERED", 1)));
    }

    @Test
    void only_ops_sees_deliveries_and_retries_need_a_dead_letter() {
        for (String token : List.of(TestTokens.token("ADMIN-ORG", "admin"), TestTokens.token("AUD-ORG", "auditor"))) {
            given().auth().oauth2(token).when().get("/api/deliveries").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/deliveries/summary").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/deliveries/{id}/retry", UUID.randomUUID()).then().statusCode(403);
        }
        given().auth().oauth2(OPS).when().post("/api/deliveries/{id}/retry", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(OPS).when().post("/api/deliveries/{id}/retry", "123").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(OPS).when().get("/api/deliveries/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void a_delivery_left_mid_retry_by_a_stopped_instance_is_taken_up_from_the_database() {
        String police = unique("POL");
        org(police, OrganisationType.POLICE_FORCE);
        String hook = unique("hook");
        webhook(police, hook);
        UUID id = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        // The row as an instance left it when it stopped: two failed attempts, the next one due (its lease run out).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into delivery(id, source_event_id, event_type, purpose, subject_kind, recipient_rule, recipient_key,
                            recipient_org_id, recipient_org_type, setting_org_id, child_id, concern_id, referral_id, lawful_basis,
                            consent_status, inbox_only, status, attempts, created_at, last_attempt_at, next_attempt_at, last_error)
                        values (?1, ?2, 'referral.created', 'REFERRAL', 'REFERRAL', 'AGENCY', ?3, ?3, 'POLICE_FORCE', 'HOME-O',
                            ?4, ?5, ?6, 'PUBLIC_TASK', 'NOT_SOUGHT', false, 'RETRYING', 2, now() - interval '10 minutes',
                            now() - interval '3 minutes', now() - interval '1 second', 'timeout')""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID().toString()).setParameter(3, police)
                .setParameter(4, UUID.randomUUID()).setParameter(5, UUID.randomUUID()).setParameter(6, referralId).executeUpdate());

        Delivery d = awaitStatus(id, "DELIVERED");
        assertThat(d.attempts).isEqualTo(3);
        assertThat(d.lastError).isNull();
        assertThat(Stub.get().received(hook)).singleElement().satisfies(r -> assertThat(r.header("webhook-id")).isEqualTo(id.toString()));
    }
}
