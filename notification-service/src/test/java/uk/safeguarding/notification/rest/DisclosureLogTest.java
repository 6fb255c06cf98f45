package uk.safeguarding.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.domain.Jcs;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.JSON;
import static uk.safeguarding.notification.testing.Fixtures.await;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;

/** The disclosure log: hash chain as the contract defines it, append-only, tamper detection, who may read it. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class DisclosureLogTest {

    static final String AUDITOR = TestTokens.token("AUD-ORG", "auditor");

    @Inject
    EntityManager em;

    /** A child of a home, referred to an inbox agency: two entries placed. Returns the child. */
    private UUID disclosedChild(String home) {
        org(home, OrganisationType.CHILDRENS_HOME);
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        UUID childId = UUID.randomUUID();
        publish(Topics.CHILDREN, "child.registered", childId, new ChildEvent(childId, home, null, true, la, "13-15"));
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(UUID.randomUUID(), UUID.randomUUID(), childId, home, la, "LOCAL_AUTHORITY", "PLACING_AUTHORITY"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.childId).isEqualTo(childId);
        await("child projected", () -> QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select setting_org_id from child_projection where child_id = ?1").setParameter(1, childId).getResultList()),
                l -> !l.isEmpty());
        return childId;
    }

    @Test
    void entries_are_chained_and_each_hash_can_be_recomputed_from_what_the_api_shows() throws Exception {
        UUID childId = disclosedChild(unique("HOME"));
        JsonNode page = JSON.readTree(given().auth().oauth2(AUDITOR).when().get("/api/disclosures?childId={c}", childId)
                .then().statusCode(200).body("total", equalTo(2)).extract().asString());
        JsonNode items = page.path("items");
        assertThat(items).hasSize(2);
        JsonNode newest = items.get(0);
        JsonNode older = items.get(1);
        assertThat(newest.path("seq").asLong()).isGreaterThan(older.path("seq").asLong());
        assertThat(newest.path("action").asText()).isEqualTo("INBOX_PLACED");
        assertThat(newest.path("lawfulBasis").asText()).isEqualTo("LEGAL_OBLIGATION");
        assertThat(newest.path("consentStatus").asText()).isEqualTo("NOT_SOUGHT");
        assertThat(newest.path("childId").asText()).isEqualTo(childId.toString());
        for (JsonNode entry : items) {
            ObjectNode withoutHash = ((ObjectNode) entry.deepCopy());
            withoutHash.remove("hash");
            assertThat(DisclosureChain.sha256Hex(Jcs.canonicalize(withoutHash))).isEqualTo(entry.path("hash").asText());
            assertThat(entry.path("fieldsDisclosed").isArray()).isTrue();
        }
        // The first entry of the whole log starts from the genesis hash.
        JsonNode first = JSON.readTree(given().auth().oauth2(AUDITOR).when().get("/api/disclosures?size=200&page={p}",
                (given().auth().oauth2(AUDITOR).when().get("/api/disclosures?size=200").then().extract().<Integer>path("total") - 1) / 200)
                .then().statusCode(200).extract().asString()).path("items");
        assertThat(first.get(first.size() - 1).path("seq").asLong()).isEqualTo(1);
        assertThat(first.get(first.size() - 1).path("prevHash").asText()).isEqualTo("0".repeat(64));

        given().auth().oauth2(AUDITOR).when().get("/api/disclosures/verify")
                .then().statusCode(200).body("valid", equalTo(true)).body("brokenAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void the_table_refuses_update_and_delete_and_verify_names_a_tampered_entry() {
        disclosedChild(unique("HOME"));
        long seq = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select min(seq) from disclosure_log").getSingleResult()).longValue());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update disclosure_log set recipient_org_id = 'SOMEONE-ELSE' where seq = ?1").setParameter(1, seq).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from disclosure_log where seq = ?1").setParameter(1, seq).executeUpdate()))
                .hasStackTraceContaining("append-only");

        String original = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select recipient_org_id from disclosure_log where seq = ?1").setParameter(1, seq).getSingleResult());
        tamper(seq, "SOMEONE-ELSE");
        try {
            long entries = given().auth().oauth2(AUDITOR).when().get("/api/disclosures/verify")
                    .then().statusCode(200).body("valid", equalTo(false)).body("brokenAt", equalTo((int) seq))
                    .extract().jsonPath().getLong("entries");
            assertThat(entries).isGreaterThanOrEqualTo(2);
        } finally {
            tamper(seq, original);
        }
        given().auth().oauth2(AUDITOR).when().get("/api/disclosures/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** What someone with database access could do: switch the guard off, change a row, switch it on. */
    private void tamper(long seq, String recipient) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table disclosure_log disable trigger disclosure_log_no_update").executeUpdate();
            em.createNativeQuery("update disclosure_log set recipient_org_id = ?1 where seq = ?2")
                    .setParameter(1, recipient).setParameter(2, seq).executeUpdate();
            em.createNativeQuery("alter table disclosure_log enable trigger disclosure_log_no_update").executeUpdate();
        });
    }

    @Test
    void a_dcpo_reads_the_entries_of_its_own_settings_children_only_and_only_an_auditor_verifies() {
        String home = unique("HOME");
        UUID childId = disclosedChild(home);
        given().auth().oauth2(TestTokens.token(home, "dcpo")).when().get("/api/disclosures?childId={c}", childId)
                .then().statusCode(200).body("total", equalTo(2)).body("items.childId", org.hamcrest.Matchers.everyItem(equalTo(childId.toString())));
        String otherHome = unique("HOME");
        org(otherHome, OrganisationType.CHILDRENS_HOME);
        given().auth().oauth2(TestTokens.token(otherHome, "dcpo")).when().get("/api/disclosures?childId={c}", childId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token(home, "dcpo")).when().get("/api/disclosures?childId={c}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token(home, "dcpo")).when().get("/api/disclosures")
                .then().statusCode(400).body("errors[0].field", equalTo("childId"));
        given().auth().oauth2(AUDITOR).when().get("/api/disclosures?childId=nope")
                .then().statusCode(400).body("errors[0].field", equalTo("childId"));
        for (String token : List.of(TestTokens.token(home, "staff"), TestTokens.token("OPS-ORG", "ops"), TestTokens.token("ADMIN-ORG", "admin"))) {
            given().auth().oauth2(token).when().get("/api/disclosures?childId={c}", childId).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.token(home, "dcpo")).when().get("/api/disclosures/verify").then().statusCode(403);
        // A DCPO role held at an agency does not count.
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        given().auth().oauth2(TestTokens.token(la, "dcpo")).when().get("/api/disclosures?childId={c}", childId).then().statusCode(403);
    }
}
