package uk.safeguarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * Issue 11, contract section 8 on the running stack: after a delivery a signed checkpoint of the
 * disclosure log appears within a minute or so, its signature verifies with the served key, and
 * a log cut short by a database superuser is reported by verify through the gateway.
 */
@ExtendWith(StackExtension.class)
class DisclosureCheckpointIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** notification-service's disclosure-log writer lock: while held, nothing is appended. */
    private static final long CHAIN_LOCK = 8785;

    @Test
    void aDeliveryIsCheckpointedSignedAndACutLogIsFound() throws Exception {
        String childId = Scenario.lookedAfterChildAtOakHouse("Robin", "Checkpoint", 14);
        String concernId = as("staff.oakhouse").body(Scenario.concern(childId, List.of("REL_ONLINE_RELATIONSHIPS_ADULTS"), false, null))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        as("dcpo.oakhouse").body(Map.of("specialistOrgId", Scenario.SPECIALIST,
                        "question", "How should we talk with the young person about online contact?",
                        "anonymisedNarrative", "A young person has new online contacts who are adults."))
                .when().post("/api/concerns/" + concernId + "/advice-requests").then().statusCode(201);
        eventually(Duration.ofSeconds(60), () -> assertThat(as("auditor.user").when().get("/api/disclosures?childId=" + childId)
                .then().statusCode(200).extract().jsonPath().getList("items")).isNotEmpty());
        long head = as("auditor.user").when().get("/api/disclosures?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].seq");

        // Within about a minute of the log growing, a checkpoint covering it.
        AtomicReference<JsonNode> newest = new AtomicReference<>();
        eventually(Duration.ofSeconds(70), () -> {
            JsonNode item = read(as("auditor.user").when().get("/api/disclosures/checkpoints?size=1").then().statusCode(200)
                    .extract().asString()).path("items").path(0);
            assertThat(item.path("entries").asLong()).as("newest checkpoint's entries").isGreaterThanOrEqualTo(head);
            newest.set(item);
        });
        String pem = as("auditor.user").when().get("/api/disclosures/checkpoint-key").then().statusCode(200)
                .extract().path("publicKeyPem");
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(
                pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""))));
        assertThat(signatureHolds(newest.get(), key)).isTrue();
        long entries = newest.get().path("entries").asLong();
        // headHash is the hash of the entry it names.
        eventually(Duration.ofSeconds(10), () -> {
            long total = as("auditor.user").when().get("/api/disclosures?size=1").then().extract().jsonPath().getLong("total");
            JsonNode entry = read(as("auditor.user").when().get("/api/disclosures?size=1&page=" + (total - entries))
                    .then().statusCode(200).extract().asString()).path("items").path(0);
            assertThat(entry.path("seq").asLong()).isEqualTo(entries);
            assertThat(entry.path("hash").asText()).isEqualTo(newest.get().path("headHash").asText());
        });
        as("staff.oakhouse").when().get("/api/disclosures/checkpoints").then().statusCode(403);
        as("ops.user").when().get("/api/disclosures/checkpoint-key").then().statusCode(403);

        try (Connection su = DriverManager.getConnection(StackExtension.stack().jdbcUrl("notifications"), "postgres", "")) {
            // Freeze the log, and wait until verify sees the topic's checkpoint of its head.
            try (Statement s = su.createStatement()) {
                s.execute("select pg_advisory_lock(" + CHAIN_LOCK + ")");
            }
            long frozen = scalar(su, "select max(seq) from disclosure_log");
            eventually(Duration.ofSeconds(70), () -> {
                JsonNode v = verify();
                assertThat(v.path("valid").asBoolean()).isTrue();
                assertThat(v.path("witness").asText()).isEqualTo("TOPIC");
                assertThat(v.path("checkpoint").path("entries").asLong()).isEqualTo(frozen);
            });
            assertThat(frozen).isGreaterThanOrEqualTo(2);

            // The attack: as the database superuser, switch the guard off and cut the last two entries.
            long keep = frozen - 2;
            String saved = text(su, "select json_agg(d) from disclosure_log d where seq > " + keep);
            exec(su, "alter table disclosure_log disable trigger disclosure_log_no_update");
            exec(su, "delete from disclosure_log where seq > " + keep);
            exec(su, "alter table disclosure_log enable trigger disclosure_log_no_update");
            try {
                JsonNode v = verify();
                assertThat(v.path("valid").asBoolean()).isFalse();
                assertThat(v.path("truncatedAfter").asLong()).isEqualTo(keep);
                assertThat(v.has("brokenAt")).isFalse();
                assertThat(v.path("checkpoint").path("entries").asLong()).isEqualTo(frozen);
            } finally {
                exec(su, "alter table disclosure_log disable trigger disclosure_log_no_update");
                try (PreparedStatement s = su.prepareStatement(
                        "insert into disclosure_log select * from json_populate_recordset(null::disclosure_log, ?::json)")) {
                    s.setString(1, saved);
                    s.executeUpdate();
                }
                exec(su, "alter table disclosure_log enable trigger disclosure_log_no_update");
            }
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    private static JsonNode verify() {
        return read(as("auditor.user").when().get("/api/disclosures/verify").then().statusCode(200).extract().asString());
    }

    private static boolean signatureHolds(JsonNode checkpoint, PublicKey key) throws Exception {
        ObjectNode signed = checkpoint.deepCopy();
        byte[] signature = Base64.getDecoder().decode(signed.remove("signature").asText());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(canonical(signed).getBytes(StandardCharsets.UTF_8));
        return verifier.verify(signature);
    }

    /**
     * RFC 8785 for a checkpoint: members sorted, no white space. Its members are an integer and
     * strings of hex digits, base64 and RFC 3339, which need no escaping and no number formatting.
     */
    private static String canonical(ObjectNode node) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            sorted.put(member.getKey(), member.getValue());
        }
        StringBuilder out = new StringBuilder("{");
        sorted.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(name).append("\":").append(value.isNumber() ? value.asText() : "\"" + value.asText() + "\"");
        });
        return out.append('}').toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exec(Connection su, String sql) throws SQLException {
        try (Statement s = su.createStatement()) {
            s.execute(sql);
        }
    }

    private static long scalar(Connection su, String sql) throws SQLException {
        try (Statement s = su.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection su, String sql) throws SQLException {
        try (Statement s = su.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
