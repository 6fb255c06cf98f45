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
import uk.safeguarding.platform.event.data.ChildErasedEvent;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.await;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.delivery;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;
import static uk.safeguarding.notification.testing.Fixtures.webhook;

/** child.erased: the disclosure log keeps its entries (ids only) and still verifies; an unsent delivery is cancelled. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class ErasureTest {

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void the_log_keeps_its_entries_and_verifies_and_an_unsent_delivery_is_cancelled() {
        String setting = unique("URN");
        String la = unique("LA");
        String force = unique("PF");
        org(setting, OrganisationType.SCHOOL, la, force);
        org(la, OrganisationType.LOCAL_AUTHORITY);
        org(force, OrganisationType.POLICE_FORCE);
        UUID child = UUID.randomUUID();
        publish(Topics.CHILDREN, "child.registered", child, new ChildEvent(child, setting, null, false, null, "13-15"));
        await("the child", () -> count("select count(*) from child_projection where child_id = ?1", child), n -> n == 1);

        // Delivered to the local authority's inbox: a disclosure of the child.
        String delivered = publish(Topics.REFERRALS, "referral.created", child,
                referral(UUID.randomUUID(), UUID.randomUUID(), child, setting, la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        awaitStatus(awaitDeliveries(delivered, 1).get(0).id, "DELIVERED");
        // Police's webhook keeps failing: the delivery waits to be retried.
        webhook(force, "erasure-" + force);
        stub.script("erasure-" + force, "503", "503", "503", "503", "503", "503");
        String retrying = publish(Topics.REFERRALS, "referral.created", child,
                referral(UUID.randomUUID(), UUID.randomUUID(), child, setting, force, "POLICE_FORCE", "POLICE"));
        Delivery pending = awaitStatus(awaitDeliveries(retrying, 1).get(0).id, "RETRYING");
        long entries = count("select count(*) from disclosure_log where child_id = ?1", child);
        assertThat(entries).isPositive();

        publish(Topics.CHILDREN, "child.erased", child, new ChildErasedEvent(child, OffsetDateTime.now(ZoneOffset.UTC)));
        await("the child erased", () -> count("select count(*) from child_projection where child_id = ?1", child), n -> n == 0);
        assertThat(delivery(pending.id).status.name()).isEqualTo("CANCELLED");
        assertThat(count("select count(*) from disclosure_log where child_id = ?1", child)).isEqualTo(entries);
        given().auth().oauth2(TestTokens.token("AUDIT", "auditor")).when().get("/api/disclosures/verify")
                .then().statusCode(200).body("valid", equalTo(true));
    }
}
