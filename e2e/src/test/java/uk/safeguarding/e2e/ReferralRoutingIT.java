package uk.safeguarding.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/** Issue 4 through the gateway: statutory routing of referrals from a DCPO's decision. */
@ExtendWith(StackExtension.class)
class ReferralRoutingIT {

    private static String raise(String childId) {
        return as("staff.oakhouse").body(Scenario.concern(childId, List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false, null))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> referralsOf(String concernId, int expected) {
        JsonPath[] last = new JsonPath[1];
        eventually(Duration.ofSeconds(60), () -> {
            last[0] = as("dcpo.oakhouse").when().get("/api/referrals?concernId=" + concernId)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(last[0].getList("items")).hasSize(expected);
        });
        return last[0].getList("items");
    }

    private static Map<String, String> basisByAgency(List<Map<String, Object>> referrals) {
        return referrals.stream().collect(Collectors.toMap(r -> (String) r.get("agencyOrgId"), r -> (String) r.get("lawfulBasis")));
    }

    @Test
    void referWithCseSuspectedForALookedAfterChildInAHomeReachesFourAgencies() {
        String concernId = raise(Scenario.lookedAfterChildAtOakHouse("Morgan", "Routing", 14));
        OffsetDateTime decidedAt = Scenario.now();
        as("dcpo.oakhouse").body(Scenario.decision("REFER", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        List<Map<String, Object>> referrals = referralsOf(concernId, 4);
        assertThat(basisByAgency(referrals)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Scenario.BRISTOL, "PUBLIC_TASK",
                // told by REFER and by suspected CSE at the home (procedure 3.3): one referral, the legal obligation
                Scenario.POLICE, "LEGAL_OBLIGATION",
                Scenario.OFSTED, "LEGAL_OBLIGATION",
                Scenario.NORTH_SOMERSET, "LEGAL_OBLIGATION"));
        for (Map<String, Object> referral : referrals) {
            OffsetDateTime due = OffsetDateTime.parse((String) referral.get("dueBy"));
            if (Scenario.BRISTOL.equals(referral.get("agencyOrgId"))) {
                // One working day: at least a day, at most over a long weekend.
                assertThat(due).isAfter(decidedAt.plusHours(23)).isBefore(decidedAt.plusDays(6));
            } else {
                assertThat(due).isAfter(decidedAt.plusHours(23)).isBefore(decidedAt.plusHours(25));
            }
            assertThat(referral.get("status")).isIn("PENDING", "SENT", "ACKNOWLEDGED");
        }
        // An agency sees only what is addressed to it.
        assertThat(as("police.avon").when().get("/api/referrals?concernId=" + concernId).then().statusCode(200)
                .extract().jsonPath().getList("items.agencyOrgId")).containsOnly(Scenario.POLICE);
    }

    @Test
    void referralsAppearEvenWhenReferralServiceWasDownWhileTheDecisionWasMade() {
        String concernId = raise(Scenario.lookedAfterChildAtOakHouse("Jesse", "Outage", 15));
        StackExtension.stack().stopService("referral-service");
        try {
            as("dcpo.oakhouse").body(Scenario.decision("REFER", false, null))
                    .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        } finally {
            StackExtension.stack().startService("referral-service");
        }
        assertThat(basisByAgency(referralsOf(concernId, 2))).containsExactlyInAnyOrderEntriesOf(Map.of(
                Scenario.BRISTOL, "PUBLIC_TASK", Scenario.POLICE, "PUBLIC_TASK"));
    }

    @Test
    void monitorWithCseSuspectedInTheSameHomeInformsOfstedThePlacingAuthorityAndPolice() {
        String concernId = raise(Scenario.lookedAfterChildAtOakHouse("Quinn", "Monitoring", 15));
        as("dcpo.oakhouse").body(Scenario.decision("MONITOR", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        assertThat(basisByAgency(referralsOf(concernId, 3))).containsExactlyInAnyOrderEntriesOf(Map.of(
                Scenario.OFSTED, "LEGAL_OBLIGATION", Scenario.NORTH_SOMERSET, "LEGAL_OBLIGATION", Scenario.POLICE, "LEGAL_OBLIGATION"));
    }

    @Test
    void anAgreedSpecialistReferralAddsOneMore() {
        String concernId = raise(Scenario.lookedAfterChildAtOakHouse("Avery", "Specialist", 15));
        as("dcpo.oakhouse").body(Scenario.decision("REFER", true,
                        Map.of("specialistOrgId", Scenario.SPECIALIST, "agreed", true, "by", "CHILD")))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        assertThat(basisByAgency(referralsOf(concernId, 5))).containsEntry(Scenario.SPECIALIST, "CONSENT").hasSize(5);
    }
}
