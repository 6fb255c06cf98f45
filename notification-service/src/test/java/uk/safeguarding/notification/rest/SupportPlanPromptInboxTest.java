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
import uk.safeguarding.platform.event.data.SupportPlanPromptEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.deliveriesOf;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;
import static uk.safeguarding.notification.testing.Fixtures.webhook;

/**
 * support-plan.prompt (procedure 3.4): the DCPO of the child's setting and the placing authority
 * find the prompt in their inboxes with the plan's packet fetched from referral-service for each
 * of them, logged as disclosed; nobody else hears of it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class SupportPlanPromptInboxTest {

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(String token, UUID deliveryId) {
        JsonPath inbox = given().auth().oauth2(token).when().get("/api/inbox?size=200").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = inbox.getList("items");
        return items.stream().filter(i -> deliveryId.toString().equals(i.get("id"))).findFirst().orElse(null);
    }

    private long disclosed(UUID deliveryId, UUID childId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from disclosure_log where delivery_id = ?1 and child_id = ?2 and action = ?3")
                .setParameter(1, deliveryId).setParameter(2, childId).setParameter(3, action).getSingleResult()).longValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReviewDuePromptReachesExactlyTheDcpoOfTheSettingAndThePlacingAuthority() {
        String homeLa = unique("LA");
        String placing = unique("LA");
        String police = unique("PF");
        String school = unique("URN");
        String otherSchool = unique("URN");
        org(homeLa, OrganisationType.LOCAL_AUTHORITY);
        org(placing, OrganisationType.LOCAL_AUTHORITY);
        org(police, OrganisationType.POLICE_FORCE);
        org(school, OrganisationType.SCHOOL, homeLa, police);
        org(otherSchool, OrganisationType.SCHOOL, homeLa, police);
        // A webhook of the placing authority is not used: a prompt is an inbox item.
        String hook = unique("hook");
        webhook(placing, hook);
        UUID planId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 12, 8);

        String eventId = publish(Topics.REFERRALS, "support-plan.prompt", childId,
                new SupportPlanPromptEvent(planId, childId, school, placing, "REVIEW_DUE", due));
        List<Delivery> deliveries = awaitDeliveries(eventId, 2);
        assertThat(deliveries).extracting(d -> d.recipientOrgId).containsExactlyInAnyOrder(school, placing);
        for (Delivery d : deliveries) {
            Delivery delivered = awaitStatus(d.id, "DELIVERED");
            assertThat(delivered.purpose.name()).isEqualTo("PROMPT");
            assertThat(delivered.channel.name()).isEqualTo("INBOX");
            assertThat(delivered.supportPlanId).isEqualTo(planId);
            assertThat(disclosed(d.id, childId, "INBOX_PLACED")).isEqualTo(1);
        }
        assertThat(stub.packetCalls(planId)).isNotEmpty().allSatisfy(call -> assertThat(call.owner()).isEqualTo("referral"));
        assertThat(stub.packetCalls(planId)).extracting(call -> call.query().get("recipientType"))
                .containsOnly("SCHOOL", "LOCAL_AUTHORITY");
        Delivery toSchool = deliveries.stream().filter(d -> d.recipientOrgId.equals(school)).findFirst().orElseThrow();
        Delivery toPlacing = deliveries.stream().filter(d -> d.recipientOrgId.equals(placing)).findFirst().orElseThrow();

        Map<String, Object> dcpoItem = item(TestTokens.token(school, "dcpo"), toSchool.id);
        assertThat(dcpoItem).containsEntry("notification", "support-plan.prompt").containsEntry("purpose", "PROMPT")
                .containsEntry("supportPlanId", planId.toString()).containsEntry("promptKind", "REVIEW_DUE")
                .containsEntry("promptDueDate", "2026-12-08").containsEntry("childId", childId.toString())
                .containsEntry("prompt", "support plan review due by 2026-12-08: review it with the child and the agencies");
        List<Map<String, Object>> packets = (List<Map<String, Object>>) dcpoItem.get("packets");
        assertThat(packets).extracting(p -> p.get("packetType")).containsExactly("SUPPORT_PLAN");
        assertThat((List<String>) packets.get(0).get("fieldsDisclosed")).containsExactly("SUPPORT_PLAN");
        assertThat(disclosed(toSchool.id, childId, "INBOX_READ")).isEqualTo(1);

        Map<String, Object> swItem = item(TestTokens.token(placing, "social-worker"), toPlacing.id);
        assertThat(swItem).containsEntry("promptKind", "REVIEW_DUE");
        assertThat(((List<Map<String, Object>>) swItem.get("packets")).get(0)).containsEntry("recipientType", "LOCAL_AUTHORITY");
        assertThat(stub.received(hook)).isEmpty();

        // Nobody else: not the setting's own authority or police, not another school, not the other's inbox.
        assertThat(item(TestTokens.token(homeLa, "social-worker"), toPlacing.id)).isNull();
        assertThat(item(TestTokens.token(homeLa, "social-worker"), toSchool.id)).isNull();
        assertThat(item(TestTokens.token(police, "police"), toSchool.id)).isNull();
        assertThat(item(TestTokens.token(otherSchool, "dcpo"), toSchool.id)).isNull();
        assertThat(item(TestTokens.token(school, "dcpo"), toPlacing.id)).isNull();
        assertThat(deliveriesOf(eventId)).hasSize(2);
    }

    @Test
    void aChildNotLookedAfterPromptsTheDcpoAlone() {
        String la = unique("LA");
        String school = unique("URN");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        org(school, OrganisationType.SCHOOL, la, "PF-ANY");
        UUID planId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();

        String eventId = publish(Topics.REFERRALS, "support-plan.prompt", childId,
                new SupportPlanPromptEvent(planId, childId, school, null, "NEARING_ADULTHOOD", LocalDate.of(2026, 12, 1)));
        List<Delivery> deliveries = awaitDeliveries(eventId, 1);
        assertThat(deliveries).hasSize(1);
        Delivery d = awaitStatus(deliveries.get(0).id, "DELIVERED");
        assertThat(d.recipientOrgId).isEqualTo(school);
        assertThat(item(TestTokens.token(school, "dcpo"), d.id))
                .containsEntry("prompt", "the child turns 18 within six months: plan the links to adult services");
        assertThat(deliveriesOf(eventId)).hasSize(1);
    }
}
