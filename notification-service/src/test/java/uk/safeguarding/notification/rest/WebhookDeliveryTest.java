package uk.safeguarding.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.domain.WebhookSecrets;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.testing.StandardWebhooksVerifier;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.crypto.FieldCipher;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.JSON;
import static uk.safeguarding.notification.testing.Fixtures.await;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveryEvent;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.delivery;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;
import static uk.safeguarding.notification.testing.Fixtures.webhook;

/** Webhooks on the wire: signatures, packets per recipient, retries, dead letters, cancellations, duplicates. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class WebhookDeliveryTest {

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    private record Sent(String eventId, UUID referralId, UUID concernId, UUID childId) {
    }

    private Sent refer(String agency, String agencyType, String role) {
        UUID referralId = UUID.randomUUID();
        UUID concernId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(referralId, concernId, childId, "HOME-W", agency, agencyType, role));
        return new Sent(eventId, referralId, concernId, childId);
    }

    private static Map<String, String> headers(Stub.Received r) {
        return Map.of("webhook-id", r.header("webhook-id"), "webhook-timestamp", r.header("webhook-timestamp"),
                "webhook-signature", r.header("webhook-signature"));
    }

    @Test
    void a_referral_reaches_the_agency_as_a_signed_cloudevent_that_an_independent_verifier_accepts() throws Exception {
        String police = unique("POL");
        org(police, OrganisationType.POLICE_FORCE);
        String hook = unique("hook");
        String secret = webhook(police, hook);

        Sent sent = refer(police, "POLICE_FORCE", "POLICE");
        Delivery d = awaitDeliveries(sent.eventId(), 1).get(0);
        awaitStatus(d.id, "DELIVERED");
        Stub.Received received = stub.received(hook).get(0);

        new StandardWebhooksVerifier(secret).verify(received.body(), headers(received), Instant.now());
        assertThat(received.header("webhook-id")).isEqualTo(d.id.toString());
        assertThat(received.header("content-type")).startsWith("application/json");
        long ts = Long.parseLong(received.header("webhook-timestamp"));
        assertThat(ts).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        // A receiver that sees the same message more than 5 minutes later rejects it.
        assertThatThrownBy(() -> new StandardWebhooksVerifier(secret).verify(received.body(), headers(received),
                Instant.ofEpochSecond(ts + 301))).hasMessageContaining("too old");
        assertThatThrownBy(() -> new StandardWebhooksVerifier(WebhookSecrets.generate()).verify(received.body(), headers(received),
                Instant.now())).hasMessageContaining("no matching");

        JsonNode body = JSON.readTree(received.body());
        assertThat(body.path("specversion").asText()).isEqualTo("1.0");
        assertThat(body.path("type").asText()).isEqualTo("uk.safeguarding.notification.v1");
        assertThat(body.path("id").asText()).isEqualTo(d.id.toString());
        assertThat(body.path("subject").asText()).isEqualTo(sent.referralId().toString());
        assertThat(body.path("data").path("notification").asText()).isEqualTo("referral.created");
        assertThat(body.path("data").path("recipientType").asText()).isEqualTo("POLICE");
        assertThat(body.path("data").path("packets")).hasSize(2);
        assertThat(body.path("data").path("packets").get(0).path("packetType").asText()).isEqualTo("REFERRAL");
        assertThat(body.path("data").path("packets").get(1).path("packetType").asText()).isEqualTo("CONCERN");

        JsonNode succeeded = awaitDeliveryEvent(d.id, "delivery.succeeded");
        assertThat(succeeded.path("subject").asText()).isEqualTo(sent.childId().toString());
        assertThat(succeeded.path("data").path("referralId").asText()).isEqualTo(sent.referralId().toString());
        assertThat(succeeded.path("data").path("channel").asText()).isEqualTo("WEBHOOK");
        assertThat(succeeded.path("data").path("recipientOrgId").asText()).isEqualTo(police);
        assertThat(succeeded.path("data").path("sourceType").asText()).isEqualTo("referral.created");

        // The delivery is logged as two disclosures (referral and concern packets), in the chain.
        List<Object> logged = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select packet_type from disclosure_log where delivery_id = ?1 and action = 'WEBHOOK_DELIVERED' order by seq")
                .setParameter(1, d.id).getResultList().stream().map(Object::toString).map(Object.class::cast).toList());
        assertThat(logged).containsExactly("REFERRAL", "CONCERN");
    }

    @Test
    void after_a_rotation_webhooks_carry_two_signatures_each_verifying_with_its_secret() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        String old = webhook(la, hook);
        String rotated = given().auth().oauth2(TestTokens.token("ADMIN-ORG", "admin"))
                .when().post("/api/agencies/{org}/channel/rotate-secret", la)
                .then().statusCode(200).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(old);

        Sent sent = refer(la, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        awaitStatus(awaitDeliveries(sent.eventId(), 1).get(0).id, "DELIVERED");
        Stub.Received received = stub.received(hook).get(0);
        assertThat(received.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThatCode(() -> new StandardWebhooksVerifier(rotated).verify(received.body(), headers(received), Instant.now()))
                .doesNotThrowAnyException();
        assertThatCode(() -> new StandardWebhooksVerifier(old).verify(received.body(), headers(received), Instant.now()))
                .doesNotThrowAnyException();
    }

    @Test
    void each_recipient_gets_the_packet_the_redaction_table_allows_it_fetched_with_the_notifier_token() throws Exception {
        Map<String, String> hooks = new java.util.LinkedHashMap<>();
        String police = unique("POL");
        String socialCare = unique("LA");
        String ofsted = unique("OFSTED");
        String placing = unique("LA");
        String specialist = unique("SPEC");
        org(police, OrganisationType.POLICE_FORCE);
        org(socialCare, OrganisationType.LOCAL_AUTHORITY);
        org(ofsted, OrganisationType.OFSTED);
        org(placing, OrganisationType.LOCAL_AUTHORITY);
        org(specialist, OrganisationType.SPECIALIST_SERVICE);
        for (String agency : List.of(police, socialCare, ofsted, placing, specialist)) {
            String hook = unique("hook");
            webhook(agency, hook);
            hooks.put(agency, hook);
        }
        Sent toPolice = refer(police, "POLICE_FORCE", "POLICE");
        Sent toSocialCare = refer(socialCare, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        Sent toOfsted = refer(ofsted, "OFSTED", "OFSTED");
        Sent toPlacing = refer(placing, "LOCAL_AUTHORITY", "PLACING_AUTHORITY");
        Sent toSpecialist = refer(specialist, "SPECIALIST_SERVICE", "SPECIALIST");

        Map<String, List<String>> concernFields = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : hooks.entrySet()) {
            Stub.Received r = await("webhook at " + e.getKey(), () -> stub.received(e.getValue()), l -> !l.isEmpty()).get(0);
            JsonNode concernPacket = JSON.readTree(r.body()).path("data").path("packets").get(1);
            concernFields.put(e.getKey(), StreamSupport.stream(concernPacket.path("fieldsDisclosed").spliterator(), false)
                    .map(JsonNode::asText).toList());
            assertThat(concernPacket.path("data").has("UPN")).as("no UPN outside schools").isFalse();
        }
        assertThat(concernFields.get(police)).contains("CHILD_IDENTITY", "CONCERN", "INDICATORS", "INTELLIGENCE", "SETTING");
        assertThat(concernFields.get(socialCare)).contains("CHILD_IDENTITY", "CONCERN", "INDICATORS", "SETTING").doesNotContain("INTELLIGENCE");
        assertThat(concernFields.get(placing)).contains("CHILD_IDENTITY", "CONCERN").doesNotContain("INTELLIGENCE");
        assertThat(concernFields.get(ofsted)).containsExactly("REG40_SUMMARY");
        assertThat(concernFields.get(specialist)).contains("CHILD_IDENTITY", "CONCERN").doesNotContain("INTELLIGENCE", "INDICATORS");

        // What was asked of the owners: the recipient's type, the purpose, and the notifier's token.
        assertThat(stub.packetCalls(toPolice.concernId()).get(0).query()).containsEntry("recipientType", "POLICE").containsEntry("purpose", "REFERRAL");
        assertThat(stub.packetCalls(toPolice.referralId()).get(0).query()).containsEntry("recipientType", "POLICE");
        assertThat(stub.packetCalls(toSocialCare.concernId()).get(0).query()).containsEntry("recipientType", "LOCAL_AUTHORITY");
        assertThat(stub.packetCalls(toOfsted.concernId()).get(0).query()).containsEntry("recipientType", "OFSTED");
        assertThat(stub.packetCalls(toPlacing.concernId()).get(0).query()).containsEntry("recipientType", "LOCAL_AUTHORITY");
        assertThat(stub.packetCalls(toSpecialist.concernId()).get(0).query()).containsEntry("recipientType", "SPECIALIST_SERVICE");
        String authorization = stub.packetCalls(toPolice.concernId()).get(0).authorization();
        assertThat(authorization).startsWith("Bearer ");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]));
        assertThat(claims.path("azp").asText()).isEqualTo("notifier");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("notifier");
        assertThat(stub.lastTokenAuthorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("notifier:notifier-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void timeouts_5xx_and_429_are_retried_with_the_same_webhook_id_until_delivered() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        String secret = webhook(la, hook);
        stub.script(hook, "delay", "503");

        Sent sent = refer(la, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        Delivery d = awaitStatus(awaitDeliveries(sent.eventId(), 1).get(0).id, "DELIVERED");
        assertThat(d.attempts).isEqualTo(3);
        List<Stub.Received> all = stub.received(hook);
        assertThat(all).hasSize(3);
        assertThat(all).extracting(r -> r.header("webhook-id")).containsOnly(d.id.toString());
        assertThat(Long.parseLong(all.get(2).header("webhook-timestamp"))).isGreaterThanOrEqualTo(Long.parseLong(all.get(0).header("webhook-timestamp")));
        for (Stub.Received r : all) {
            assertThatCode(() -> new StandardWebhooksVerifier(secret).verify(r.body(), headers(r), Instant.now())).doesNotThrowAnyException();
        }
        // Every attempt fetched the packets afresh.
        assertThat(stub.packetCalls(sent.referralId())).hasSize(3);

        String la2 = unique("LA");
        org(la2, OrganisationType.LOCAL_AUTHORITY);
        String hook2 = unique("hook");
        webhook(la2, hook2);
        stub.script(hook2, "429");
        Sent second = refer(la2, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        assertThat(awaitStatus(awaitDeliveries(second.eventId(), 1).get(0).id, "DELIVERED").attempts).isEqualTo(2);
    }

    @Test
    void a_receiver_failing_every_attempt_dead_letters_the_delivery_and_ops_can_retry_it() {
        String police = unique("POL");
        org(police, OrganisationType.POLICE_FORCE);
        String hook = unique("hook");
        webhook(police, hook);
        stub.script(hook, "500", "502", "503");

        Sent sent = refer(police, "POLICE_FORCE", "POLICE");
        Delivery d = awaitStatus(awaitDeliveries(sent.eventId(), 1).get(0).id, "DEAD_LETTERED");
        assertThat(d.attempts).isEqualTo(3);
        assertThat(d.lastError).isEqualTo("HTTP 503");
        JsonNode deadLettered = awaitDeliveryEvent(d.id, "delivery.dead-lettered");
        assertThat(deadLettered.path("data").path("status").asText()).isEqualTo("DEAD_LETTERED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from disclosure_log where delivery_id = ?1").setParameter(1, d.id).getSingleResult()).longValue())).isZero();

        String ops = TestTokens.token("OPS-ORG", "ops");
        given().auth().oauth2(ops).when().post("/api/deliveries/{id}/retry", d.id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        Delivery retried = awaitStatus(d.id, "DELIVERED");
        assertThat(retried.attempts).isEqualTo(4);
        assertThat(stub.received(hook)).extracting(r -> r.header("webhook-id")).hasSize(4).containsOnly(d.id.toString());
        given().auth().oauth2(ops).when().post("/api/deliveries/{id}/retry", d.id).then().statusCode(409);
    }

    @Test
    void other_4xx_and_redirects_dead_letter_at_once_and_redirects_are_never_followed() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        webhook(la, hook);
        stub.script(hook, "400");
        Delivery rejected = awaitStatus(awaitDeliveries(refer(la, "LOCAL_AUTHORITY", "SOCIAL_CARE").eventId(), 1).get(0).id, "DEAD_LETTERED");
        assertThat(rejected.attempts).isEqualTo(1);
        assertThat(rejected.lastError).isEqualTo("HTTP 400");

        String redirecting = unique("LA");
        org(redirecting, OrganisationType.LOCAL_AUTHORITY);
        String hook2 = unique("hook");
        webhook(redirecting, hook2);
        stub.script(hook2, "redirect");
        Delivery redirected = awaitStatus(awaitDeliveries(refer(redirecting, "LOCAL_AUTHORITY", "SOCIAL_CARE").eventId(), 1).get(0).id, "DEAD_LETTERED");
        assertThat(redirected.attempts).isEqualTo(1);
        assertThat(redirected.lastError).isEqualTo("HTTP 302");
        assertThat(stub.received(hook2 + "-redirected")).isEmpty();
    }

    @Test
    void a_private_address_is_refused_at_send_time_without_any_traffic() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        // As if the channel had been stored before the policy tightened: the sender checks again at every attempt.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into agency_channel(org_id, webhook_url, secret, version, created_at, updated_at)
                        values (?1, 'http://10.255.255.1/hook', ?2, 0, now(), now())""")
                .setParameter(1, la).setParameter(2, FieldCipher.encrypt(WebhookSecrets.generate())).executeUpdate());
        Delivery d = awaitStatus(awaitDeliveries(refer(la, "LOCAL_AUTHORITY", "SOCIAL_CARE").eventId(), 1).get(0).id, "DEAD_LETTERED");
        assertThat(d.attempts).isEqualTo(1);
        assertThat(d.lastError).isEqualTo("address refused: private");
    }

    @Test
    void a_duplicate_event_is_handled_once() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        webhook(la, hook);
        UUID referralId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var data = referral(referralId, UUID.randomUUID(), childId, "HOME-W", la, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        publish(Topics.REFERRALS, "referral.created", childId, data, eventId);
        publish(Topics.REFERRALS, "referral.created", childId, data, eventId);
        // A later event of the same child (same partition, so consumed after both copies) marks the point to check.
        String marker = publish(Topics.REFERRALS, "referral.updated", childId, data);
        awaitStatus(awaitDeliveries(marker, 1).get(0).id, "DELIVERED");

        List<Delivery> deliveries = awaitDeliveries(eventId, 1);
        assertThat(deliveries).hasSize(1);
        awaitStatus(deliveries.get(0).id, "DELIVERED");
        assertThat(stub.received(hook)).extracting(r -> r.header("webhook-id"))
                .containsExactlyInAnyOrder(deliveries.get(0).id.toString(), awaitDeliveries(marker, 1).get(0).id.toString());
    }

    @Test
    void revoking_a_referral_cancels_what_has_not_gone_out_and_a_withdrawn_packet_is_never_sent() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        webhook(la, hook);
        UUID referralId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        // A delivery waiting for its next attempt (as a failing receiver leaves one).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into delivery(id, source_event_id, event_type, purpose, subject_kind, recipient_rule, recipient_key,
                            recipient_org_id, recipient_org_type, setting_org_id, child_id, concern_id, referral_id, lawful_basis,
                            inbox_only, status, attempts, created_at, last_attempt_at, next_attempt_at, last_error)
                        values (?1, ?2, 'referral.created', 'REFERRAL', 'REFERRAL', 'AGENCY', ?3, ?3, 'LOCAL_AUTHORITY', 'HOME-W',
                            ?4, ?5, ?6, 'PUBLIC_TASK', false, 'RETRYING', 1, now(), now(), now() + interval '1 hour', 'HTTP 503')""")
                .setParameter(1, waiting).setParameter(2, UUID.randomUUID().toString()).setParameter(3, la)
                .setParameter(4, childId).setParameter(5, UUID.randomUUID()).setParameter(6, referralId).executeUpdate());

        publish(Topics.REFERRALS, "referral.revoked", childId,
                referral(referralId, UUID.randomUUID(), childId, "HOME-W", la, "LOCAL_AUTHORITY", "SOCIAL_CARE", "REVOKED", null));
        Delivery cancelled = awaitStatus(waiting, "CANCELLED");
        assertThat(cancelled.lastError).isEqualTo("referral revoked");
        assertThat(cancelled.nextAttemptAt).isNull();

        // Revoked at the owner before the first attempt: the packet comes back inactive and nothing is sent.
        String la2 = unique("LA");
        org(la2, OrganisationType.LOCAL_AUTHORITY);
        String hook2 = unique("hook");
        webhook(la2, hook2);
        UUID withdrawn = UUID.randomUUID();
        stub.withdraw(withdrawn);
        UUID child2 = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", child2,
                referral(withdrawn, UUID.randomUUID(), child2, "HOME-W", la2, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery never = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "CANCELLED");
        assertThat(never.lastError).isEqualTo("withdrawn by the data owner");
        assertThat(stub.received(hook2)).isEmpty();
        assertThat(delivery(never.id).deliveredAt).isNull();
    }

    @Test
    void an_owner_failing_to_answer_is_retried_and_its_4xx_dead_letters() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        webhook(la, hook);
        UUID referralId = UUID.randomUUID();
        stub.failPacket(referralId, 503);
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(referralId, UUID.randomUUID(), childId, "HOME-W", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.attempts).isEqualTo(2);
        assertThat(stub.received(hook)).hasSize(1);

        UUID missingAtOwner = UUID.randomUUID();
        stub.failPacket(missingAtOwner, 404);
        String second = publish(Topics.REFERRALS, "referral.created", childId,
                referral(missingAtOwner, UUID.randomUUID(), childId, "HOME-W", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery dead = awaitStatus(awaitDeliveries(second, 1).get(0).id, "DEAD_LETTERED");
        assertThat(dead.lastError).isEqualTo("packet REFERRAL HTTP 404");
        List<String> ids = new ArrayList<>();
        stub.received(hook).forEach(r -> ids.add(r.header("webhook-id")));
        assertThat(ids).doesNotContain(dead.id.toString());
    }

    @Test
    void the_notifier_token_is_kept_and_an_owners_401_takes_a_fresh_one_for_one_more_try() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        webhook(la, hook);
        Sent first = refer(la, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        awaitStatus(awaitDeliveries(first.eventId(), 1).get(0).id, "DELIVERED");
        int tokens = stub.tokenRequests();
        String token = stub.packetCalls(first.referralId()).get(0).authorization();
        assertThat(stub.packetCalls(first.concernId()).get(0).authorization()).as("one token for both packets").isEqualTo(token);

        Sent second = refer(la, "LOCAL_AUTHORITY", "SOCIAL_CARE");
        awaitStatus(awaitDeliveries(second.eventId(), 1).get(0).id, "DELIVERED");
        assertThat(stub.tokenRequests()).as("the token is kept between deliveries").isEqualTo(tokens);

        UUID referralId = UUID.randomUUID();
        stub.failPacket(referralId, 401);
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(referralId, UUID.randomUUID(), childId, "HOME-W", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.attempts).as("the 401 is answered within the attempt").isEqualTo(1);
        assertThat(stub.packetCalls(referralId)).hasSize(2);
        assertThat(stub.tokenRequests()).as("one fresh token after the 401").isEqualTo(tokens + 1);
    }

    @Test
    void no_notifier_token_is_retried_not_dead_lettered() {
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        String hook = unique("hook");
        webhook(la, hook);
        UUID referralId = UUID.randomUUID();
        // The 401 makes the next call take a new token, and the identity provider is down for it.
        stub.failPacket(referralId, 401);
        stub.failTokens(1);
        UUID childId = UUID.randomUUID();
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(referralId, UUID.randomUUID(), childId, "HOME-W", la, "LOCAL_AUTHORITY", "SOCIAL_CARE"));
        Delivery d = awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        assertThat(d.attempts).isEqualTo(2);
        assertThat(stub.received(hook)).hasSize(1);
    }
}
