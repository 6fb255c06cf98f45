package uk.safeguarding.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.AdviceRequestedEvent;
import uk.safeguarding.platform.event.data.ConcernEvent;
import uk.safeguarding.platform.event.data.MissingEvent;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
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
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveryEvent;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;
import static uk.safeguarding.notification.testing.Fixtures.webhook;

/** Agencies without a webhook, and settings' DCPOs, read their inbox; every read is a disclosure; tenancy holds. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class InboxTest {

    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    private long disclosures(UUID deliveryId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from disclosure_log where delivery_id = ?1 and action = ?2")
                .setParameter(1, deliveryId).setParameter(2, action).getSingleResult()).longValue());
    }

    private static JsonPath inbox(String token) {
        return given().auth().oauth2(token).when().get("/api/inbox?size=200").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath inbox, UUID deliveryId) {
        List<Map<String, Object>> items = inbox.getList("items");
        return items.stream().filter(i -> deliveryId.toString().equals(i.get("id"))).findFirst().orElse(null);
    }

    @Test
    void an_agency_without_a_webhook_reads_its_referral_from_the_inbox_and_acknowledges_it() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        UUID referralId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(referralId, UUID.randomUUID(), childId, "HOME-I", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.channel.name()).isEqualTo("INBOX");
        JsonNode succeeded = awaitDeliveryEvent(d.id, "delivery.succeeded");
        assertThat(succeeded.path("data").path("channel").asText()).isEqualTo("INBOX");
        assertThat(succeeded.path("data").path("referralId").asText()).isEqualTo(referralId.toString());
        assertThat(disclosures(d.id, "INBOX_PLACED")).isEqualTo(2);

        String socialWorker = TestTokens.token(la, "social-worker");
        Map<String, Object> item = item(inbox(socialWorker), d.id);
        assertThat(item).containsEntry("status", "DELIVERED").containsEntry("notification", "referral.created")
                .containsEntry("referralId", referralId.toString()).containsEntry("channel", "INBOX");
        List<Map<String, Object>> packets = (List<Map<String, Object>>) item.get("packets");
        assertThat(packets).extracting(p -> p.get("packetType")).containsExactly("REFERRAL", "CONCERN");
        assertThat(packets).extracting(p -> p.get("recipientType")).containsOnly("LOCAL_AUTHORITY");
        assertThat((List<String>) packets.get(1).get("fieldsDisclosed")).doesNotContain("INTELLIGENCE", "UPN");
        // The read fetched the packets afresh and logged them.
        assertThat(stub.packetCalls(referralId)).hasSize(2);
        assertThat(disclosures(d.id, "INBOX_READ")).isEqualTo(2);

        // Another authority sees nothing of it and cannot acknowledge it.
        String other = unique("LA");
        org(other, OrganisationType.LOCAL_AUTHORITY);
        String otherWorker = TestTokens.token(other, "social-worker");
        assertThat(item(inbox(otherWorker), d.id)).isNull();
        given().auth().oauth2(otherWorker).when().post("/api/inbox/{id}/ack", d.id).then().statusCode(404)
                .contentType("application/problem+json");

        given().auth().oauth2(socialWorker).when().post("/api/inbox/{id}/ack", d.id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED")).body("packets", org.hamcrest.Matchers.nullValue());
        JsonNode acknowledged = awaitDeliveryEvent(d.id, "delivery.acknowledged");
        assertThat(acknowledged.path("data").path("referralId").asText()).isEqualTo(referralId.toString());
        assertThat(acknowledged.path("data").path("status").asText()).isEqualTo("ACKNOWLEDGED");
        given().auth().oauth2(socialWorker).when().post("/api/inbox/{id}/ack", d.id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        given().auth().oauth2(socialWorker).when().post("/api/inbox/{id}/ack", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(socialWorker).when().post("/api/inbox/{id}/ack", "not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));

        // Revoked at the owner since: the item stays, the packet is no longer shown nor logged.
        stub.withdraw(referralId);
        Map<String, Object> withdrawn = item(inbox(socialWorker), d.id);
        assertThat(withdrawn).containsEntry("withdrawn", true).doesNotContainKey("packets");
        assertThat(disclosures(d.id, "INBOX_READ")).isEqualTo(2);
    }

    @Test
    void roles_without_an_inbox_are_refused_and_a_role_needs_the_matching_organisation_type() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String school = unique("URN");
        org(school, OrganisationType.SCHOOL);
        given().auth().oauth2(TestTokens.token(school, "staff")).when().get("/api/inbox").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("OPS-ORG", "ops")).when().get("/api/inbox").then().statusCode(403);
        given().auth().oauth2(TestTokens.token(la, "police")).when().get("/api/inbox").then().statusCode(403);
        given().auth().oauth2(TestTokens.token(school, "social-worker")).when().get("/api/inbox").then().statusCode(403);
        given().auth().oauth2(TestTokens.token(la, "social-worker")).when().get("/api/inbox?size=201")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.token(la, "social-worker")).when().get("/api/inbox?status=LOST")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void a_raised_concern_reaches_the_settings_own_inbox_even_when_the_setting_has_a_webhook() {
        String school = unique("URN");
        org(school, OrganisationType.SCHOOL, "LA-I", "POL-I");
        webhook(school, unique("hook"));
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.CONCERNS, "concern.raised", childId, concern(concernId, childId, school, "staff", null));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.recipientOrgId).isEqualTo(school);
        assertThat(d.channel.name()).isEqualTo("INBOX");
        assertThat(d.purpose.name()).isEqualTo("NOTIFICATION");

        String dcpo = TestTokens.token(school, "dcpo");
        Map<String, Object> item = item(inbox(dcpo), d.id);
        assertThat(item).containsEntry("notification", "concern.raised").containsEntry("concernId", concernId.toString());
        List<Map<String, Object>> packets = (List<Map<String, Object>>) item.get("packets");
        assertThat(packets).singleElement().satisfies(p -> {
            assertThat(p.get("recipientType")).isEqualTo("SCHOOL");
            assertThat((List<String>) p.get("fieldsDisclosed")).contains("UPN", "CHILD_IDENTITY");
        });
        assertThat(stub.packetCalls(concernId).get(0).query()).containsEntry("recipientType", "SCHOOL").containsEntry("purpose", "NOTIFICATION");
    }

    @Test
    void the_dcpo_is_prompted_in_the_settings_inbox() {
        String home = unique("HOME");
        org(home, OrganisationType.CHILDRENS_HOME, "LA-I", "POL-I");
        UUID childId = UUID.randomUUID();
        UUID concernId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        UUID episodeId = UUID.randomUUID();
        List<String> events = List.of(
                publish(Topics.REFERRALS, "referral.overdue", childId, referral(referralId, concernId, childId, home, "LA-I", "LOCAL_AUTHORITY", "SOCIAL_CARE")),
                publish(Topics.REFERRALS, "referral.responded", childId,
                        referral(referralId, concernId, childId, home, "LA-I", "LOCAL_AUTHORITY", "SOCIAL_CARE", "RESPONDED", "NOT_IN_NEED")),
                publish(Topics.CONCERNS, "concern.updated", childId, concern(concernId, childId, home, "staff", "REVIEW_DUE")),
                publish(Topics.CONCERNS, "concern.raised", childId, concern(concernId, childId, home, "system", null)),
                publish(Topics.MISSING, "missing.return-interview.overdue", childId, missing(episodeId, childId, home, false, "LOW")),
                publish(Topics.MISSING, "missing.pattern-detected", childId,
                        new PatternDetectedEvent(childId, home, "DISCLOSURE_BY_CHILD", "DISCLOSED_EXPLOITATION", List.of(episodeId), true, NOW)));
        String dcpo = TestTokens.token(home, "dcpo");
        for (String eventId : events) {
            Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
            assertThat(d.recipientOrgId).isEqualTo(home);
            assertThat(d.purpose.name()).isEqualTo("PROMPT");
        }
        JsonPath inbox = inbox(dcpo);
        List<String> notifications = inbox.getList("items.findAll { it.purpose == 'PROMPT' }.notification");
        assertThat(notifications).containsExactlyInAnyOrder("referral.overdue", "referral.responded", "concern.updated",
                "concern.raised", "missing.return-interview.overdue", "missing.pattern-detected");
        List<String> recipientTypes = inbox.getList("items.packets.flatten().recipientType");
        assertThat(recipientTypes).containsOnly("CHILDRENS_HOME");
        // A DCPO of another setting sees none of them.
        String otherHome = unique("HOME");
        org(otherHome, OrganisationType.CHILDRENS_HOME);
        assertThat(inbox(TestTokens.token(otherHome, "dcpo")).getList("items")).isEmpty();
    }

    @Test
    void an_advice_request_reaches_the_specialist_anonymised() {
        String specialist = unique("SPEC");
        org(specialist, OrganisationType.SPECIALIST_SERVICE);
        UUID adviceId = UUID.randomUUID();
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.CONCERNS, "concern.advice-requested", childId,
                new AdviceRequestedEvent(adviceId, concernId, childId, "HOME-I", specialist, NOW));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.purpose.name()).isEqualTo("ADVICE");

        Map<String, Object> item = item(inbox(TestTokens.token(specialist, "specialist")), d.id);
        assertThat(item).containsEntry("adviceRequestId", adviceId.toString()).doesNotContainKeys("childId", "concernId");
        List<Map<String, Object>> packets = (List<Map<String, Object>>) item.get("packets");
        assertThat(packets).singleElement().satisfies(p -> {
            assertThat(p.get("packetType")).isEqualTo("ADVICE_REQUEST");
            assertThat((List<String>) p.get("fieldsDisclosed")).containsExactly("ANONYMISED_SUMMARY");
        });
        assertThat(stub.packetCalls(concernId).get(0).query()).containsEntry("purpose", "ADVICE")
                .containsEntry("adviceRequestId", adviceId.toString()).containsEntry("recipientType", "SPECIALIST_SERVICE");
        // The advice request is in the disclosure log, as placed and as read.
        assertThat(disclosures(d.id, "INBOX_PLACED")).isEqualTo(1);
        assertThat(disclosures(d.id, "INBOX_READ")).isEqualTo(1);
    }

    @Test
    void a_missing_looked_after_child_is_told_to_the_placing_authority_and_a_high_risk_report_to_the_settings_police() {
        String home = unique("HOME");
        String police = unique("POL");
        String placing = unique("LA");
        org(home, OrganisationType.CHILDRENS_HOME, "LA-I", police);
        org(police, OrganisationType.POLICE_FORCE);
        org(placing, OrganisationType.LOCAL_AUTHORITY);
        UUID childId = UUID.randomUUID();
        UUID episodeId = UUID.randomUUID();
        MissingEvent reported = new MissingEvent(episodeId, childId, home, "MISSING", "HIGH", true, placing, false, NOW, null, null, null, NOW);
        String eventId = publish(Topics.MISSING, "missing.reported", childId, reported);
        List<Delivery> deliveries = awaitDeliveries(eventId, 2);
        assertThat(deliveries).extracting(d -> d.recipientOrgId).containsExactlyInAnyOrder(placing, police);
        for (Delivery d : deliveries) {
            awaitStatus(d.id, "DELIVERED");
        }
        Map<String, Object> forPolice = item(inbox(TestTokens.token(police, "police")), deliveries.stream().filter(d -> d.recipientOrgId.equals(police)).findFirst().orElseThrow().id);
        assertThat(forPolice).containsEntry("episodeId", episodeId.toString());
        assertThat(stub.packetCalls(episodeId)).extracting(c -> c.query().get("recipientType")).contains("POLICE", "LOCAL_AUTHORITY");

        // The report announced again (as when a pending report is linked to the child) is not a second notice.
        String again = publish(Topics.MISSING, "missing.reported", childId, reported);
        uk.safeguarding.notification.testing.Fixtures.await("re-announcement consumed", () -> QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from processed_event where event_id = ?1").setParameter(1, again).getSingleResult()),
                n -> ((Number) n).longValue() > 0);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select count(*) from delivery where episode_id = ?1 and event_type = 'missing.reported'")
                .setParameter(1, episodeId).getSingleResult())).isEqualTo(2L);

        String returned = publish(Topics.MISSING, "missing.returned", childId,
                new MissingEvent(episodeId, childId, home, "RETURNED", "HIGH", true, placing, false, NOW, NOW, null, null, NOW));
        assertThat(awaitDeliveries(returned, 1)).extracting(d -> d.recipientOrgId).containsExactly(placing);
    }

    @Test
    void a_concern_update_goes_to_every_agency_still_holding_a_referral_of_it() {
        String la = unique("LA");
        String police = unique("POL");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        org(police, OrganisationType.POLICE_FORCE);
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        UUID toLa = UUID.randomUUID();
        UUID toPolice = UUID.randomUUID();
        publish(Topics.REFERRALS, "referral.created", childId, referral(toLa, concernId, childId, "HOME-I", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        publish(Topics.REFERRALS, "referral.created", childId, referral(toPolice, concernId, childId, "HOME-I", police, "POLICE_FORCE", "POLICE"));
        publish(Topics.REFERRALS, "referral.revoked", childId,
                referral(toPolice, concernId, childId, "HOME-I", police, "POLICE_FORCE", "POLICE", "REVOKED", null));
        // The update is on another topic: wait until the revocation has been consumed.
        uk.safeguarding.notification.testing.Fixtures.await("revocation projected", () -> QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select revoked from referral_link where referral_id = ?1").setParameter(1, toPolice).getResultList()),
                l -> !l.isEmpty() && Boolean.TRUE.equals(l.get(0)));

        String eventId = publish(Topics.CONCERNS, "concern.updated", childId, concern(concernId, childId, "HOME-I", "staff", "INDICATOR_ADDED"));
        List<Delivery> deliveries = awaitDeliveries(eventId, 1);
        assertThat(deliveries).extracting(d -> d.recipientOrgId).containsExactly(la);
        assertThat(deliveries.get(0).referralId).isEqualTo(toLa);
        assertThat(deliveries.get(0).purpose.name()).isEqualTo("REFERRAL");
    }

    static ConcernEvent concern(UUID concernId, UUID childId, String setting, String raisedBy, String change) {
        return new ConcernEvent(concernId, childId, setting, null, false, null, "RAISED", "MEDIUM", "2026.1",
                List.of("BEHAVIOUR_SECRETIVE"), List.of(), raisedBy, change, List.of(), NOW);
    }

    static MissingEvent missing(UUID episodeId, UUID childId, String setting, boolean lookedAfter, String grade) {
        return new MissingEvent(episodeId, childId, setting, "RETURNED", grade, lookedAfter, null, false, NOW, NOW, null, null, NOW);
    }
}
