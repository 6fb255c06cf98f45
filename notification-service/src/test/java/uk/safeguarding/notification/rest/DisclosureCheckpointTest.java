package uk.safeguarding.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.domain.Checkpoint;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.domain.Jcs;
import uk.safeguarding.notification.repository.DisclosureEntry;
import uk.safeguarding.notification.service.CheckpointService;
import uk.safeguarding.notification.service.DisclosureLog;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.JSON;
import static uk.safeguarding.notification.testing.Fixtures.await;
import static uk.safeguarding.notification.testing.Fixtures.awaitDeliveries;
import static uk.safeguarding.notification.testing.Fixtures.awaitStatus;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;

/**
 * Signed checkpoints (contract section 8): one after the log grows, its signature verifies with
 * the served key, it is on the topic, and verify finds what a database superuser does to the log
 * (rewrite a row, rewrite and rehash, cut it short) even after deleting the stored checkpoints.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class DisclosureCheckpointTest {

    static final String AUDITOR = TestTokens.token("AUD-ORG", "auditor");
    /** The disclosure log's writer lock (DisclosureRepository.lockChain): held, nothing is appended. */
    static final long CHAIN_LOCK = 8785;

    /** Plays the data owners and the token endpoint, so deliveries get their packets. */
    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    @Inject
    CheckpointService checkpoints;

    @Inject
    DisclosureLog log;

    @Inject
    Scheduler scheduler;

    /** A child of a home referred to an inbox agency: entries appended. Returns the head seq afterwards. */
    private long disclose() {
        String home = unique("HOME");
        org(home, OrganisationType.CHILDRENS_HOME);
        String la = unique("LA");
        org(la, OrganisationType.LOCAL_AUTHORITY);
        UUID childId = UUID.randomUUID();
        publish(Topics.CHILDREN, "child.registered", childId, new ChildEvent(childId, home, null, true, la, "13-15"));
        String eventId = publish(Topics.REFERRALS, "referral.created", childId,
                referral(UUID.randomUUID(), UUID.randomUUID(), childId, home, la, "LOCAL_AUTHORITY", "PLACING_AUTHORITY"));
        awaitStatus(awaitDeliveries(eventId, 1).get(0).id, "DELIVERED");
        return headSeq();
    }

    private long headSeq() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from disclosure_log").getSingleResult()).longValue());
    }

    private String hashAt(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select hash from disclosure_log where seq = ?1").setParameter(1, seq).getSingleResult());
    }

    /** Waits until the newest checkpoint, as verify takes it from the topic, covers {@code seq}. */
    private JsonNode awaitWitnessed(long seq) {
        return await("a checkpoint of seq " + seq + " on the topic", () -> verify(), v ->
                "TOPIC".equals(v.path("witness").asText()) && v.path("checkpoint").path("entries").asLong() >= seq);
    }

    private JsonNode verify() {
        try {
            return JSON.readTree(given().auth().oauth2(AUDITOR).when().get("/api/disclosures/verify")
                    .then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_checkpoint_follows_growth_its_signature_verifies_with_the_served_key_and_it_is_on_the_topic() throws Exception {
        long head = disclose();
        JsonNode newest = await("a checkpoint of seq " + head, () -> {
            try {
                return JSON.readTree(given().auth().oauth2(AUDITOR).when().get("/api/disclosures/checkpoints?size=1")
                        .then().statusCode(200).extract().asString()).path("items").path(0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, c -> c.path("entries").asLong() >= head);
        long entries = newest.path("entries").asLong();
        assertThat(newest.path("headHash").asText()).isEqualTo(hashAt(entries));
        assertThat(newest.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z");

        // Verified as an outside auditor would: the served PEM, the JCS form of what was served without signature.
        String pem = given().auth().oauth2(AUDITOR).when().get("/api/disclosures/checkpoint-key")
                .then().statusCode(200).extract().path("publicKeyPem");
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(
                pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""))));
        assertThat(signatureHolds(newest, key)).isTrue();
        ObjectNode forged = newest.deepCopy();
        forged.put("entries", entries + 1);
        assertThat(signatureHolds(forged, key)).isFalse();

        // The same checkpoint on the topic, as a disclosure.checkpoint CloudEvent under the one fixed key.
        ConsumerRecord<String, String> record = await("checkpoint " + entries + " on " + Topics.DISCLOSURE_CHECKPOINTS,
                () -> topicRecords().stream().filter(r -> read(r.value()).path("data").path("entries").asLong() == entries)
                        .findFirst().orElse(null), r -> true);
        assertThat(record.key()).isEqualTo("disclosure-log");
        JsonNode event = read(record.value());
        assertThat(event.path("type").asText()).isEqualTo(EventTypes.DISCLOSURE_CHECKPOINT)
                .isEqualTo("uk.safeguarding.disclosure.checkpoint.v1");
        assertThat(event.path("data")).isEqualTo(newest);

        JsonNode verified = awaitWitnessed(entries);
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.has("brokenAt")).isFalse();
        assertThat(verified.has("truncatedAfter")).isFalse();
        assertThat(verified.has("invalidCheckpointAt")).isFalse();
        assertThat(signatureHolds(verified.path("checkpoint"), key)).isTrue();
    }

    private static boolean signatureHolds(JsonNode checkpoint, PublicKey key) throws Exception {
        ObjectNode signed = checkpoint.deepCopy();
        byte[] signature = Base64.getDecoder().decode(signed.remove("signature").asText());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(Jcs.canonicalize(signed).getBytes(StandardCharsets.UTF_8));
        return verifier.verify(signature);
    }

    @Test
    void one_checkpoint_per_growth_however_many_signers_and_none_without_growth() throws Exception {
        scheduler.pause();
        try {
            long head = disclose();
            try (Connection su = superuser()) {
                lockChain(su);
                head = headSeq();
                int before = storedCount();
                // Two signers at once, as two replicas' schedulers would be.
                CyclicBarrier start = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<Optional<Checkpoint.Signed>>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return checkpoints.checkpointIfGrown();
                    }));
                }
                List<Optional<Checkpoint.Signed>> results = new ArrayList<>();
                for (Future<Optional<Checkpoint.Signed>> run : runs) {
                    results.add(run.get(30, TimeUnit.SECONDS));
                }
                pool.shutdown();
                assertThat(results.stream().filter(Optional::isPresent).count()).isEqualTo(1);
                assertThat(results.stream().flatMap(Optional::stream).findFirst().orElseThrow().entries()).isEqualTo(head);
                assertThat(storedCount()).isEqualTo(before + 1);

                // Nothing appended since: nothing to sign.
                assertThat(checkpoints.checkpointIfGrown()).isEmpty();
                assertThat(storedCount()).isEqualTo(before + 1);
            }
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void verify_names_a_row_a_superuser_rewrote_in_place() throws Exception {
        disclose();
        try (Connection su = superuser()) {
            lockChain(su);
            long head = headSeq();
            awaitWitnessed(head);
            long seq = head - 1;
            String saved = saveTail(su, seq);
            asTamperer(su, () -> {
                update(su, "update disclosure_log set recipient_org_id = 'SOMEONE-ELSE' where seq = ?", seq);
            });
            try {
                JsonNode v = verify();
                assertThat(v.path("valid").asBoolean()).isFalse();
                assertThat(v.path("brokenAt").asLong()).isEqualTo(seq);
                assertThat(v.has("truncatedAfter")).isFalse();
            } finally {
                restoreTail(su, seq, saved);
            }
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void verify_finds_a_rewrite_with_recomputed_hashes_by_the_topics_checkpoint_after_the_stored_ones_are_deleted() throws Exception {
        disclose();
        try (Connection su = superuser()) {
            lockChain(su);
            long head = headSeq();
            long signed = awaitWitnessed(head).path("checkpoint").path("entries").asLong();
            assertThat(signed).isEqualTo(head);
            long seq = head - 1;
            String savedLog = saveTail(su, seq);
            String savedCheckpoints = saveCheckpoints(su);
            // Someone who knows the scheme: alter an entry, recompute every hash after it, and remove the stored checkpoints.
            List<DisclosureEntry> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "from DisclosureEntry where seq >= ?1 order by seq", DisclosureEntry.class).setParameter(1, seq).getResultList());
            asTamperer(su, () -> {
                String prev = rows.get(0).prevHash;
                for (DisclosureEntry row : rows) {
                    if (row.seq == seq) {
                        row.recipientOrgId = "SOMEONE-ELSE";
                    }
                    row.prevHash = prev;
                    row.hash = DisclosureChain.hash(log.toChainEntry(row));
                    prev = row.hash;
                    try (PreparedStatement s = su.prepareStatement(
                            "update disclosure_log set recipient_org_id = ?, prev_hash = ?, hash = ? where seq = ?")) {
                        s.setString(1, row.recipientOrgId);
                        s.setString(2, row.prevHash);
                        s.setString(3, row.hash);
                        s.setLong(4, row.seq);
                        s.executeUpdate();
                    }
                }
                exec(su, "delete from disclosure_checkpoint");
            });
            try {
                JsonNode v = verify();
                assertThat(v.path("valid").asBoolean()).isFalse();
                assertThat(v.path("brokenAt").asLong()).isEqualTo(signed);
                assertThat(v.path("witness").asText()).isEqualTo("TOPIC");
                assertThat(v.path("checkpoint").path("entries").asLong()).isEqualTo(signed);
                // And no checkpoint is signed over the rewritten log.
                assertThat(checkpoints.checkpointIfGrown()).isEmpty();
                assertThat(storedCount()).isZero();
            } finally {
                restoreTail(su, seq, savedLog);
                restoreCheckpoints(su, savedCheckpoints);
            }
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void verify_finds_a_log_cut_short_after_the_last_checkpoint_even_with_the_stored_checkpoints_gone() throws Exception {
        disclose();
        try (Connection su = superuser()) {
            lockChain(su);
            long head = headSeq();
            awaitWitnessed(head);
            long keep = head - 2;
            String savedLog = saveTail(su, keep + 1);
            String savedCheckpoints = saveCheckpoints(su);
            asTamperer(su, () -> {
                update(su, "delete from disclosure_log where seq > ?", keep);
                exec(su, "delete from disclosure_checkpoint");
            });
            try {
                JsonNode v = verify();
                assertThat(v.path("valid").asBoolean()).isFalse();
                assertThat(v.path("truncatedAfter").asLong()).isEqualTo(keep);
                assertThat(v.has("brokenAt")).isFalse();
                assertThat(v.path("checkpoint").path("entries").asLong()).isEqualTo(head);
                // The chain that is left is sound: only the witness can tell.
                assertThat(v.path("entries").asLong()).isEqualTo(QuarkusTransaction.requiringNew().call(() ->
                        ((Number) em.createNativeQuery("select count(*) from disclosure_log").getSingleResult()).longValue()));
                // The cut log is never blessed by a new checkpoint.
                assertThat(checkpoints.checkpointIfGrown()).isEmpty();
                assertThat(storedCount()).isZero();
            } finally {
                restoreTail(su, keep + 1, savedLog);
                restoreCheckpoints(su, savedCheckpoints);
            }
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void a_stored_checkpoint_written_without_the_key_is_named() throws Exception {
        disclose();
        try (Connection su = superuser()) {
            lockChain(su);
            awaitWitnessed(headSeq());
            String saved = saveCheckpoints(su);
            long newest = QuarkusTransaction.requiringNew().call(() ->
                    ((Number) em.createNativeQuery("select max(entries) from disclosure_checkpoint").getSingleResult()).longValue());
            asTamperer(su, () -> {
                update(su, "update disclosure_checkpoint set signature = 'AAAA' || substr(signature, 5) where entries = ?", newest);
            });
            try {
                JsonNode v = verify();
                assertThat(v.path("valid").asBoolean()).isFalse();
                assertThat(v.path("invalidCheckpointAt").asLong()).isEqualTo(newest);
            } finally {
                restoreCheckpoints(su, saved);
            }
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void only_an_auditor_reads_checkpoints_the_key_and_verify() {
        for (String token : List.of(TestTokens.token("HOME-1", "dcpo"), TestTokens.token("OPS-ORG", "ops"),
                TestTokens.token("ADMIN-ORG", "admin"), TestTokens.token("PF-1", "police"), TestTokens.token("HOME-1", "staff"))) {
            for (String path : List.of("/api/disclosures/checkpoints", "/api/disclosures/checkpoint-key", "/api/disclosures/verify")) {
                given().auth().oauth2(token).when().get(path).then().statusCode(403).contentType("application/problem+json");
            }
        }
        for (String path : List.of("/api/disclosures/checkpoints", "/api/disclosures/checkpoint-key", "/api/disclosures/verify")) {
            given().when().get(path).then().statusCode(401);
        }
        given().auth().oauth2(AUDITOR).when().get("/api/disclosures/checkpoints?size=0")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(AUDITOR).when().get("/api/disclosures/checkpoints?page=-1")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(AUDITOR).when().get("/api/disclosures/checkpoints")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
        given().auth().oauth2(AUDITOR).when().get("/api/disclosures/checkpoint-key")
                .then().statusCode(200).body("publicKeyPem", org.hamcrest.Matchers.startsWith("-----BEGIN PUBLIC KEY-----"))
                .body("privateKeyPem", nullValue());
    }

    // ---- as the database superuser -------------------------------------------------------------

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "postgres", "");
    }

    /** Until the session ends nothing is appended, so the log stays as the test leaves it. */
    private static void lockChain(Connection su) throws SQLException {
        try (Statement s = su.createStatement()) {
            s.execute("select pg_advisory_lock(" + CHAIN_LOCK + ")");
        }
    }

    private int storedCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from disclosure_checkpoint").getSingleResult()).intValue());
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    /** What the attack is: a database superuser switches the append-only triggers off, writes, and switches them on again. */
    private static void asTamperer(Connection su, SqlWork work) throws SQLException {
        exec(su, "alter table disclosure_log disable trigger disclosure_log_no_update");
        exec(su, "alter table disclosure_checkpoint disable trigger disclosure_checkpoint_no_update");
        try {
            work.run();
        } finally {
            exec(su, "alter table disclosure_log enable trigger disclosure_log_no_update");
            exec(su, "alter table disclosure_checkpoint enable trigger disclosure_checkpoint_no_update");
        }
    }

    private static void exec(Connection su, String sql) throws SQLException {
        try (Statement s = su.createStatement()) {
            s.execute(sql);
        }
    }

    private static void update(Connection su, String sql, long seq) throws SQLException {
        try (PreparedStatement s = su.prepareStatement(sql)) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    private static String saveTail(Connection su, long fromSeq) throws SQLException {
        return query(su, "select coalesce(json_agg(d), '[]') from disclosure_log d where seq >= " + fromSeq);
    }

    private static void restoreTail(Connection su, long fromSeq, String saved) throws SQLException {
        asTamperer(su, () -> {
            update(su, "delete from disclosure_log where seq >= ?", fromSeq);
            insert(su, "insert into disclosure_log select * from json_populate_recordset(null::disclosure_log, ?::json)", saved);
        });
    }

    private static String saveCheckpoints(Connection su) throws SQLException {
        return query(su, "select coalesce(json_agg(c), '[]') from disclosure_checkpoint c");
    }

    private static void restoreCheckpoints(Connection su, String saved) throws SQLException {
        asTamperer(su, () -> {
            exec(su, "delete from disclosure_checkpoint");
            insert(su, "insert into disclosure_checkpoint select * from json_populate_recordset(null::disclosure_checkpoint, ?::json)", saved);
        });
    }

    private static String query(Connection su, String sql) throws SQLException {
        try (Statement s = su.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void insert(Connection su, String sql, String json) throws SQLException {
        try (PreparedStatement s = su.prepareStatement(sql)) {
            s.setString(1, json);
            s.executeUpdate();
        }
    }

    // ---- the topic -------------------------------------------------------------------------------

    private static List<ConsumerRecord<String, String>> topicRecords() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(Topics.DISCLOSURE_CHECKPOINTS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
