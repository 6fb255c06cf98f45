package uk.safeguarding.referral.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.platform.event.data.ConcernDecidedEvent;
import uk.safeguarding.platform.event.data.DeliveryEvent;
import uk.safeguarding.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * The demo directory (seeded in the test profile) and helpers to feed events and read referrals.
 * LA-801 and PF-AVS serve Hillside Academy (URN-100001), Riverside Primary (URN-100002) and Oak House
 * children's home (SC-200001); LA-802 places children there.
 */
public final class Fixture {

    public static final String LA = "LA-801";
    public static final String PLACING_LA = "LA-802";
    public static final String POLICE = "PF-AVS";
    public static final String OFSTED = "OFSTED";
    public static final String SPECIALIST = "SPEC-001";
    public static final String HEALTH = "HEALTH-001";
    public static final String SCHOOL = "URN-100001";
    public static final String OTHER_SCHOOL = "URN-100002";
    public static final String HOME = "SC-200001";

    public static final String OPS = TestTokens.token("OPS-1", "ops");
    public static final String ADMIN = TestTokens.token("ADMIN-1", "admin");
    public static final String NOTIFIER = TestTokens.builder("NOTIFY", "notifier").client("notifier").subject("service-account-notifier").build();

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixture() {
    }

    public static String token(String orgId, String... roles) {
        return TestTokens.token(orgId, roles);
    }

    public static String dcpo(String orgId) {
        return TestTokens.token(orgId, "dcpo");
    }

    public static String socialWorker(String orgId) {
        return TestTokens.token(orgId, "social-worker");
    }

    public static String police(String orgId) {
        return TestTokens.token(orgId, "police");
    }

    public static String ofsted() {
        return TestTokens.token(OFSTED, "ofsted");
    }

    public static String specialist(String orgId) {
        return TestTokens.token(orgId, "specialist");
    }

    /** A fresh organisation id, e.g. {@code LA-T3X1A2}. */
    public static String uniqueId(String prefix) {
        return prefix + "-T" + SEQ.incrementAndGet() + "X" + Integer.toString((int) (Math.random() * 46655), 36).toUpperCase();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** PUTs an organisation as admin. */
    public static void register(String id, String name, String type, String la, String pf, String urn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        if (la != null) {
            body.put("localAuthorityOrgId", la);
        }
        if (pf != null) {
            body.put("policeForceOrgId", pf);
        }
        if (urn != null) {
            body.put("ofstedUrn", urn);
        }
        given().auth().oauth2(ADMIN).contentType("application/json").body(body)
                .when().put("/api/organisations/" + id).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    public static UUID child(String setting, String residence, boolean lookedAfter, String placing) {
        UUID childId = UUID.randomUUID();
        childEvent("child.registered", new ChildEvent(childId, setting, residence, lookedAfter, placing, "13-15"));
        return childId;
    }

    public static void childEvent(String type, ChildEvent child) {
        Events.publish(Topics.CHILDREN, type, child.childId().toString(), child);
    }

    /** A decision to publish; change what the test is about. */
    public static Decision decision(UUID childId, String setting) {
        return new Decision(UUID.randomUUID(), childId, setting);
    }

    public static final class Decision {
        public final UUID concernId;
        public final UUID childId;
        String setting;
        String residence;
        boolean lookedAfter;
        String placing;
        String outcome = "REFER";
        boolean cse;
        String specialist;
        boolean agreed;
        String consent = "NOT_SOUGHT";
        OffsetDateTime decidedAt = now();

        Decision(UUID concernId, UUID childId, String setting) {
            this.concernId = concernId;
            this.childId = childId;
            this.setting = setting;
        }

        public Decision outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Decision cse() {
            this.cse = true;
            return this;
        }

        public Decision residence(String residence) {
            this.residence = residence;
            return this;
        }

        public Decision lookedAfter(String placing) {
            this.lookedAfter = true;
            this.placing = placing;
            return this;
        }

        public Decision specialist(String orgId) {
            this.specialist = orgId;
            this.agreed = true;
            return this;
        }

        public Decision consent(String status) {
            this.consent = status;
            return this;
        }

        public Decision decidedAt(OffsetDateTime at) {
            this.decidedAt = at;
            return this;
        }

        public OffsetDateTime decidedAt() {
            return decidedAt;
        }

        public ConcernDecidedEvent event() {
            return new ConcernDecidedEvent(concernId, childId, setting, residence, lookedAfter, placing, outcome, cse, "HIGH",
                    consent, specialist, agreed, agreed ? "CHILD" : null, null, decidedAt);
        }

        /** Publishes it; returns the event id. */
        public String publish() {
            return Events.publish(Topics.CONCERNS, "concern.decided", childId.toString(), event());
        }

        public String publish(String eventId) {
            return Events.publish(Topics.CONCERNS, "concern.decided", childId.toString(), event(), eventId);
        }
    }

    /** The referrals of a concern as ops sees them (metadata), once there are at least {@code expected}. */
    public static List<Map<String, Object>> referrals(UUID concernId, int expected) {
        return Await.until(expected + " referral(s) of concern " + concernId, () -> given().auth().oauth2(OPS)
                .queryParam("concernId", concernId.toString()).queryParam("size", 200)
                .when().get("/api/referrals").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items"),
                l -> l.size() >= expected);
    }

    /** role → referral id. */
    public static Map<String, String> byRole(List<Map<String, Object>> referrals) {
        Map<String, String> ids = new HashMap<>();
        referrals.forEach(r -> ids.put((String) r.get("role"), (String) r.get("id")));
        return ids;
    }

    public static JsonPath referral(String id, String token) {
        return given().auth().oauth2(token).when().get("/api/referrals/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static String status(String id) {
        return referral(id, OPS).getString("status");
    }

    public static String awaitStatus(String id, String status) {
        return Await.until("referral " + id + " " + status, () -> status(id), status::equals);
    }

    public static void delivery(String type, UUID childId, String referralId, String recipientOrgId) {
        DeliveryEvent event = new DeliveryEvent(UUID.randomUUID(), UUID.randomUUID().toString(), "referral.created",
                UUID.fromString(referralId), null, null, childId, recipientOrgId, "INBOX",
                type.endsWith("acknowledged") ? "ACKNOWLEDGED" : "DELIVERED", now());
        Events.publish(Topics.DELIVERIES, type, childId.toString(), event);
    }

    public static List<JsonNode> referralEvents(String shortType, String referralId) {
        return Events.matching(Topics.REFERRALS, shortType, d -> referralId.equals(d.path("referralId").asText()));
    }

    public static JsonNode awaitReferralEvent(String shortType, String referralId) {
        return Events.await(Topics.REFERRALS, shortType, d -> referralId.equals(d.path("referralId").asText()));
    }
}
