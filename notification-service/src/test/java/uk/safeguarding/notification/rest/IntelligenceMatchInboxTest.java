package uk.safeguarding.notification.rest;

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
import uk.safeguarding.platform.event.data.ConcernEvent;
import uk.safeguarding.platform.event.data.IntelligenceMatchEvent;
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
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;

/**
 * Intelligence matching (contract section 11) in notification-service: a match goes to its force's
 * inbox with the match packet fetched from concern-service, logged once per child it names; the
 * DCPO of an unreferred concern whose car police hold is prompted, and nobody else.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class IntelligenceMatchInboxTest {

    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    private List<Object> disclosedChildren(UUID deliveryId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select cast(child_id as text) from disclosure_log where delivery_id = ?1 and action = ?2 order by seq")
                .setParameter(1, deliveryId).setParameter(2, action).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(String token, UUID deliveryId) {
        JsonPath inbox = given().auth().oauth2(token).when().get("/api/inbox?size=200").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = inbox.getList("items");
        return items.stream().filter(i -> deliveryId.toString().equals(i.get("id"))).findFirst().orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMatchReachesItsForcesInboxWithTheMatchPacketLoggedForEachChild() {
        String force = unique("PF");
        org(force, OrganisationType.POLICE_FORCE);
        UUID matchId = UUID.randomUUID();
        UUID childA = UUID.randomUUID();
        UUID childB = UUID.randomUUID();
        stub.matchOf(matchId, childA, childB, childA);
        String eventId = publish(Topics.CONCERNS, "intelligence.match-detected", force,
                new IntelligenceMatchEvent(matchId, force, "VEHICLE", 3, "CREATED", NOW));

        List<Delivery> deliveries = awaitDeliveries(eventId, 1);
        assertThat(deliveries).hasSize(1);
        Delivery d = awaitStatus(deliveries.get(0).id, "DELIVERED");
        assertThat(d.recipientOrgId).isEqualTo(force);
        assertThat(d.matchId).isEqualTo(matchId);
        assertThat(d.purpose.name()).isEqualTo("NOTIFICATION");
        assertThat(stub.packetCalls(matchId)).isNotEmpty().allSatisfy(call -> {
            assertThat(call.owner()).isEqualTo("concern");
            assertThat(call.query()).containsEntry("recipientType", "POLICE");
        });
        // One entry per child the match names, each child once.
        assertThat(disclosedChildren(d.id, "INBOX_PLACED")).containsExactly(childA.toString(), childB.toString());

        String police = TestTokens.token(force, "police");
        Map<String, Object> item = item(police, d.id);
        assertThat(item).containsEntry("notification", "intelligence.match-detected").containsEntry("matchId", matchId.toString())
                .containsEntry("channel", "INBOX");
        assertThat(item.get("childId")).isNull();
        List<Map<String, Object>> packets = (List<Map<String, Object>>) item.get("packets");
        assertThat(packets).extracting(p -> p.get("packetType")).containsExactly("INTELLIGENCE_MATCH");
        assertThat(packets).extracting(p -> p.get("recipientType")).containsExactly("POLICE");
        assertThat((List<String>) packets.get(0).get("fieldsDisclosed")).contains("INTELLIGENCE");
        assertThat(disclosedChildren(d.id, "INBOX_READ")).containsExactly(childA.toString(), childB.toString());

        // Another force sees nothing of it.
        String other = unique("PF");
        org(other, OrganisationType.POLICE_FORCE);
        assertThat(item(TestTokens.token(other, "police"), d.id)).isNull();
    }

    @Test
    void anUnreferredConcernWhoseCarPoliceHoldPromptsItsDcpoOnlyNeverTheReferredAgencies() {
        String school = unique("URN");
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        org(school, OrganisationType.SCHOOL, la, "PF-ANY");
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        // Referred to social care, not to police.
        String referred = publish(Topics.REFERRALS, "referral.created", childId,
                referral(UUID.randomUUID(), concernId, childId, school, la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        awaitDeliveries(referred, 1);

        String eventId = publish(Topics.CONCERNS, "concern.updated", childId, new ConcernEvent(concernId, childId, school, null, false,
                null, "MONITORING", "MEDIUM", "2026.1", List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), List.of(), "staff",
                "POLICE_INTELLIGENCE_MATCH", List.of(), NOW));
        List<Delivery> deliveries = awaitDeliveries(eventId, 1);
        assertThat(deliveries).hasSize(1);
        Delivery d = awaitStatus(deliveries.get(0).id, "DELIVERED");
        assertThat(d.recipientOrgId).isEqualTo(school);
        assertThat(d.purpose.name()).isEqualTo("PROMPT");
        assertThat(d.channel.name()).isEqualTo("INBOX");

        Map<String, Object> item = item(TestTokens.token(school, "dcpo"), d.id);
        assertThat(item).containsEntry("notification", "concern.updated").containsEntry("purpose", "PROMPT")
                .containsEntry("concernId", concernId.toString())
                .containsEntry("prompt", "matches intelligence already shared with police: consider a referral");
        assertThat(item.get("matchId")).isNull();
        // The prompt's packet is the setting's own concern, fetched for the school; social care's referral is another delivery.
        assertThat(stub.packetCalls(concernId).stream().filter(call -> "PROMPT".equals(call.query().get("purpose"))))
                .isNotEmpty().allSatisfy(call -> assertThat(call.query()).containsEntry("recipientType", "SCHOOL"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from delivery where concern_id = ?1 and recipient_org_id = ?2 and source_event_id = ?3")
                .setParameter(1, concernId).setParameter(2, la).setParameter(3, eventId).getSingleResult())).isEqualTo(0L);
    }
}
