package uk.safeguarding.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * Issue 6 on the wire: the right agency hears at once, the wrong one never. Signed webhooks
 * with per-recipient packets, a retried delivery keeping one webhook-id, an anonymised advice
 * request in a specialist's inbox, and a disclosure log whose chain verifies.
 */
@ExtendWith(StackExtension.class)
class NotificationDeliveryIT {

    @Test
    void referWithCseSuspectedInAHomeSendsEachAgencyOnlyWhatItMayReceive() {
        WebhookReceiver receiver = Agencies.receiver();
        Map<String, String> secrets = Map.of(
                Scenario.POLICE, Agencies.webhook(Scenario.POLICE),
                Scenario.BRISTOL, Agencies.webhook(Scenario.BRISTOL),
                Scenario.NORTH_SOMERSET, Agencies.webhook(Scenario.NORTH_SOMERSET),
                Scenario.OFSTED, Agencies.webhook(Scenario.OFSTED));
        secrets.values().forEach(secret -> assertThat(secret).startsWith("whsec_"));

        String childId = Scenario.lookedAfterChildAtOakHouse("Taylor", "Webhook", 13);
        String concernId = as("staff.oakhouse")
                .body(Scenario.concern(childId, List.of("REL_OLDER_PARTNER", "INCOME_UNEXPLAINED_POSSESSIONS"), true,
                        ConcernScreeningIT.INTELLIGENCE))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        // Social care's endpoint fails twice first.
        receiver.failFirst("/" + Scenario.BRISTOL, concernId, 2);
        as("dcpo.oakhouse").body(Scenario.decision("REFER", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);

        eventually(Duration.ofSeconds(120), () -> {
            for (String agency : secrets.keySet()) {
                assertThat(receiver.at("/" + agency, concernId).stream().filter(r -> r.answered() / 100 == 2))
                        .as("a delivered webhook at " + agency).isNotEmpty();
            }
        });

        Instant now = Instant.now();
        for (Map.Entry<String, String> agency : secrets.entrySet()) {
            for (WebhookReceiver.Received r : receiver.at("/" + agency.getKey(), concernId)) {
                assertThat(WebhookReceiver.verify(agency.getValue(), r, now)).as("signature at " + agency.getKey()).isTrue();
                assertThat(JsonPath.from(r.body()).getString("specversion")).isEqualTo("1.0");
            }
        }
        // The force may also hear of intelligence matches naming this concern: the referral is the referral.created one.
        String police = receiver.at("/" + Scenario.POLICE, concernId).stream().map(WebhookReceiver.Received::body)
                .filter(body -> "referral.created".equals(JsonPath.from(body).getString("data.notification"))).findFirst().orElseThrow();
        assertThat(police).contains("Taylor", "AB12CDE");
        for (String socialCare : List.of(Scenario.BRISTOL, Scenario.NORTH_SOMERSET)) {
            assertThat(receiver.at("/" + socialCare, concernId).get(0).body()).contains("Taylor").doesNotContain("AB12CDE", "tattoo");
        }
        String ofsted = receiver.at("/" + Scenario.OFSTED, concernId).get(0).body();
        String dob = as("dcpo.oakhouse").when().get("/api/children/" + childId).then().extract().path("dateOfBirth");
        assertThat(ofsted).contains("REG40_4A_SUSPECTED_CSE").doesNotContain("Taylor", "Webhook", dob, "AB12CDE", "tattoo", childId);

        // Social care: two failures then success, all with one webhook-id.
        List<WebhookReceiver.Received> attempts = receiver.at("/" + Scenario.BRISTOL, concernId);
        assertThat(attempts).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
        assertThat(attempts).extracting(r -> r.header("webhook-id")).containsOnly(attempts.get(0).header("webhook-id"));
        eventually(Duration.ofSeconds(30), () -> as("ops.user").when().get("/api/deliveries?agencyOrgId=" + Scenario.BRISTOL)
                .then().statusCode(200).extract().jsonPath().getList("items").stream()
                .map(d -> (Map<?, ?>) d).filter(d -> attempts.get(0).header("webhook-id").equals(d.get("id")))
                .forEach(d -> assertThat(d.get("status")).isEqualTo("DELIVERED")));

        // Every delivery is in the disclosure log: the auditor and the setting's DCPO see it, nobody else.
        eventually(Duration.ofSeconds(30), () -> assertThat(as("auditor.user").when().get("/api/disclosures?childId=" + childId)
                .then().statusCode(200).extract().jsonPath().getList("items.recipientOrgId"))
                .contains(Scenario.POLICE, Scenario.BRISTOL, Scenario.NORTH_SOMERSET, Scenario.OFSTED));
        assertThat(as("dcpo.oakhouse").when().get("/api/disclosures?childId=" + childId).then().statusCode(200)
                .extract().jsonPath().getList("items")).isNotEmpty();
        assertThat(as("dcpo.hillside").when().get("/api/disclosures?childId=" + childId).then()
                .extract().statusCode()).isIn(403, 404);

        // Referrals follow the deliveries: SENT once the agency's endpoint answered 2xx.
        eventually(Duration.ofSeconds(30), () -> assertThat(as("police.avon").when().get("/api/referrals?concernId=" + concernId)
                .then().statusCode(200).extract().jsonPath().getList("items.status")).containsOnly("SENT"));
    }

    @Test
    void anAdviceRequestReachesTheSpecialistsInboxWithoutIdentityAndTheChainVerifies() {
        String childId = Scenario.lookedAfterChildAtOakHouse("Jamie", "Advice", 14);
        String concernId = as("staff.oakhouse").body(Scenario.concern(childId, List.of("REL_ONLINE_RELATIONSHIPS_ADULTS"), false, null))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        as("dcpo.oakhouse").body(Map.of("specialistOrgId", Scenario.SPECIALIST,
                        "question", "How should we talk with the young person about online contact?",
                        "anonymisedNarrative", "A young person has new online contacts who are adults."))
                .when().post("/api/concerns/" + concernId + "/advice-requests").then().statusCode(201);

        eventually(Duration.ofSeconds(60), () -> {
            String inbox = as("specialist.base").when().get("/api/inbox").then().statusCode(200).extract().asString();
            assertThat(inbox).contains("online contact");
            assertThat(inbox).doesNotContain("Jamie", "Advice\"", childId, Scenario.OAK_HOUSE);
        });

        as("auditor.user").when().get("/api/disclosures/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        assertThat(as("auditor.user").when().get("/api/disclosures/verify").then().extract().<Integer>path("entries")).isPositive();
    }
}
