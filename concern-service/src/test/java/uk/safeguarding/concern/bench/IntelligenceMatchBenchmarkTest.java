package uk.safeguarding.concern.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.concern.domain.IntelligenceMatching;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.repository.IntelligenceMatchRepository;
import uk.safeguarding.concern.service.IntelligenceCodec;
import uk.safeguarding.concern.service.MatchKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.safeguarding.platform.crypto.FieldCipher;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence matching as a force's intelligence grows: 100,000 items (60,000 vehicles, 40,000
 * persons) over 20,000 concerns of 16,000 children in 50 schools, all referred to one force, and the
 * matches they make. Measures storing one more item and finding its matches (the whole
 * {@code POST /api/concerns/{id}/intelligence}: validation, encryption, history, event, match) and
 * listing the force's matches. Not part of the normal run (tag {@code benchmark}):
 * {@code ./mvnw -B -o -pl concern-service -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=IntelligenceMatchBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the figures and writes them to {@code target/intelligence-benchmark.txt}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_bench"))
class IntelligenceMatchBenchmarkTest {

    static final int CONCERNS = 20_000;
    static final int CHILDREN = 16_000;
    static final int VEHICLES_PER_CONCERN = 3;
    static final int PERSONS_PER_CONCERN = 2;
    static final int SCHOOLS = 50;
    static final String FORCE = "BENCH-PF";
    static final int STORE_RUNS = 500;
    static final int LIST_RUNS = 200;
    static final String LETTERS = "ABCDEFGHJ";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MatchKeys matchKeys;
    @Inject
    IntelligenceCodec codec;
    @Inject
    IntelligenceMatchRepository matchRepository;

    private final Random random = new Random(20261201L);

    /** Plates of the current format from a space of about 1.5 million, so some repeat across children. */
    private String plate(Random r) {
        return "A" + "ABCDEFGHJKLMNOPRSTUV".charAt(r.nextInt(20)) + String.format("%02d", r.nextInt(100))
                + LETTERS.charAt(r.nextInt(9)) + LETTERS.charAt(r.nextInt(9)) + LETTERS.charAt(r.nextInt(9));
    }

    private static String name(Random r) {
        return "Person " + r.nextInt(2_000_000);
    }

    private static UUID uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes());
    }

    @Test
    void storeAndMatchAndListOn100000ItemsInOneForce() throws Exception {
        long loadStart = System.nanoTime();
        Map<String, List<int[]>> holders = new HashMap<>(); // key -> [concern, child, item id]
        Map<String, String> valueOf = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id, updated_at) values "
                        + "('BENCH-LA', 'Bench LA', 'LOCAL_AUTHORITY', null, null, now()), ('" + FORCE + "', 'Bench police', 'POLICE_FORCE', null, null, now())");
                s.execute("insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id, updated_at) "
                        + "select 'BENCH-URN-' || i, 'Bench school ' || i, 'SCHOOL', 'BENCH-LA', '" + FORCE + "', now() from generate_series(0, "
                        + (SCHOOLS - 1) + ") i");
                s.execute("""
                        insert into child (id, setting_org_id, given_name, family_name, date_of_birth, date_of_birth_estimated, gender,
                            looked_after, vulnerabilities, created_at, updated_at, version)
                        select md5('child' || i)::uuid, 'BENCH-URN-' || (i %% %d), 'Bench', 'Child ' || i, date '2012-01-01', false,
                            'FEMALE', false, '', now(), now(), 0
                        from generate_series(0, %d) i""".formatted(SCHOOLS, CHILDREN - 1));
                s.execute("""
                        insert into concern (id, child_id, setting_org_id, observed_at, summary, status, risk_score, risk_level,
                            risk_model_version, age_at_observation, legally_capable_of_consent, potential_offences, child_protection_issue,
                            cf_sexual_activity, cf_exchange_for_reward, cf_indecent_images, cf_family_member, cf_position_of_trust,
                            cf_incapacitated, cf_threats_or_violence, cf_non_consensual, cf_capacity_in_doubt, raised_by, raised_by_actor,
                            created_at, updated_at, version)
                        select md5('concern' || i)::uuid, md5('child' || (i %% %d))::uuid, 'BENCH-URN-' || ((i %% %d) %% %d),
                            now() - interval '1 day', 'x', 'REFERRED', 3, 'HIGH', '2026.1', 14, false, '', true,
                            false, false, false, false, false, false, false, false, false, 'STAFF', 'bench', now(), now(), 0
                        from generate_series(0, %d) i""".formatted(CHILDREN, CHILDREN, SCHOOLS, CONCERNS - 1));
                s.execute("""
                        insert into referral_projection (referral_id, concern_id, child_id, agency_org_id, agency_type, role, status, updated_at)
                        select md5('referral' || i)::uuid, md5('concern' || i)::uuid, md5('child' || (i %% %d))::uuid, '%s', 'POLICE_FORCE',
                            'POLICE', 'SENT', now() from generate_series(0, %d) i""".formatted(CHILDREN, FORCE, CONCERNS - 1));
            }
            Map<Integer, UUID> concernIds = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select i, md5('concern' || i)::uuid from generate_series(0, " + (CONCERNS - 1) + ") i")) {
                while (rs.next()) {
                    concernIds.put(rs.getInt(1), (UUID) rs.getObject(2));
                }
            }
            long itemId = 0;
            Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600));
            try (PreparedStatement p = c.prepareStatement("insert into concern_intelligence (id, concern_id, kind, content, added_at, added_by, "
                    + "match_key) values (?, ?, ?, ?, ?, 'bench', ?)")) {
                for (int concern = 0; concern < CONCERNS; concern++) {
                    for (int k = 0; k < VEHICLES_PER_CONCERN + PERSONS_PER_CONCERN; k++) {
                        boolean vehicle = k < VEHICLES_PER_CONCERN;
                        String value = vehicle ? plate(random) : name(random);
                        IntelligenceMatching.MatchValue mv = vehicle ? IntelligenceMatching.vehicle(value, false).orElseThrow()
                                : IntelligenceMatching.person(value).orElseThrow();
                        String key = matchKeys.of(mv);
                        String json = vehicle
                                ? "{\"reg\":\"" + value + "\",\"partial\":false,\"unverifiedFormat\":false,\"format\":\"CURRENT\"}"
                                : "{\"name\":\"" + value + "\",\"description\":\"bench\"}";
                        p.setLong(1, ++itemId);
                        p.setObject(2, concernIds.get(concern));
                        p.setString(3, vehicle ? "VEHICLE" : "PERSON");
                        p.setString(4, FieldCipher.encrypt(json));
                        p.setTimestamp(5, at);
                        p.setString(6, key);
                        p.addBatch();
                        holders.computeIfAbsent(key, x -> new ArrayList<>()).add(new int[]{concern, concern % CHILDREN});
                        valueOf.putIfAbsent(key, vehicle ? value : IntelligenceMatching.displayName(value));
                    }
                    if (concern % 500 == 499) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('concern_intelligence', 'id'), " + itemId + ")");
            }
            // The matches those items make, as matching would have made them.
            int matchCount = 0;
            try (PreparedStatement m = c.prepareStatement("insert into intelligence_match (id, force_org_id, kind, match_key, value, children, "
                    + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement mc = c.prepareStatement("insert into intelligence_match_concern (match_id, concern_id, child_id, "
                         + "setting_org_id, referral_id, first_seen_at) values (?, ?, md5('child' || ?)::uuid, ?, md5('referral' || ?)::uuid, ?)")) {
                for (Map.Entry<String, List<int[]>> e : holders.entrySet()) {
                    Set<Integer> children = new LinkedHashSet<>();
                    e.getValue().forEach(h -> children.add(h[1]));
                    if (children.size() < 2) {
                        continue;
                    }
                    UUID id = uuid("match", matchCount++);
                    Timestamp when = Timestamp.from(Instant.now().minusSeconds(100_000 - matchCount));
                    m.setObject(1, id);
                    m.setString(2, FORCE);
                    m.setString(3, valueOf.get(e.getKey()).startsWith("Person") ? "PERSON" : "VEHICLE");
                    m.setString(4, e.getKey());
                    m.setString(5, FieldCipher.encrypt(valueOf.get(e.getKey())));
                    m.setInt(6, children.size());
                    m.setTimestamp(7, when);
                    m.setTimestamp(8, when);
                    m.addBatch();
                    Set<Integer> concerns = new LinkedHashSet<>();
                    for (int[] h : e.getValue()) {
                        if (concerns.add(h[0])) {
                            mc.setObject(1, id);
                            mc.setObject(2, concernIds.get(h[0]));
                            mc.setInt(3, h[1]);
                            mc.setString(4, "BENCH-URN-" + (h[1] % SCHOOLS));
                            mc.setInt(5, h[0]);
                            mc.setTimestamp(6, when);
                            mc.addBatch();
                        }
                    }
                }
                m.executeBatch();
                mc.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("analyze");
            }
            System.out.println("[bench] loaded " + itemId + " items, " + matchCount + " matches");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        long items;
        long matchesBefore;
        String plan;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select (select count(*) from concern_intelligence), (select count(*) from intelligence_match)");
            rs.next();
            items = rs.getLong(1);
            matchesBefore = rs.getLong(2);
            rs = s.executeQuery("explain select i.id from concern_intelligence i join concern c on c.id = i.concern_id "
                    + "where i.match_key = '" + holders.keySet().iterator().next() + "'");
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append("\n    ").append(rs.getString(1));
            }
            plan = b.toString();
        }
        assertThat(items).isEqualTo((long) CONCERNS * (VEHICLES_PER_CONCERN + PERSONS_PER_CONCERN));
        assertThat(plan).contains("concern_intelligence_match_key").doesNotContain("Seq Scan on concern_intelligence");

        // Store one more item on a referred concern: a plate another child's concern already holds, so it matches.
        List<String> existingPlates = new ArrayList<>(valueOf.values().stream().filter(v -> !v.startsWith("Person"))
                .limit(3L * (STORE_RUNS + 20)).toList());
        List<String> keys = new ArrayList<>(holders.keySet());
        Random pick = new Random(7);
        // A plain JDK client, tokens made beforehand: the figures are the service's, not the test client's.
        Map<String, String> staffTokens = new HashMap<>();
        for (int i = 0; i < SCHOOLS; i++) {
            staffTokens.put("BENCH-URN-" + i, TestTokens.token("BENCH-URN-" + i, "staff"));
        }
        long[] store = time(STORE_RUNS, 20, i -> {
            int concern = pick.nextInt(CONCERNS);
            String setting = "BENCH-URN-" + ((concern % CHILDREN) % SCHOOLS);
            send("POST", "/api/concerns/" + uuid(concern) + "/intelligence", staffTokens.get(setting),
                    "{\"vehicles\":[{\"reg\":\"" + existingPlates.get(i) + "\",\"colour\":\"red\"}]}");
        });
        // The same without HTTP, token check, history and event: the service's store-and-match, in its own transaction.
        long[] storeService = time(STORE_RUNS, 20, i -> {
            UUID concern = uuid(pick.nextInt(CONCERNS));
            String reg = existingPlates.get(STORE_RUNS + 20 + i);
            QuarkusTransaction.requiringNew().run(() -> codec.store(concern, new IntelligenceView(List.of(new IntelligenceView.Vehicle(reg,
                    false, null, "red", null, false, "CURRENT")), List.of(), List.of()), java.time.OffsetDateTime.now(), "bench"));
        });
        // Finding the holders of one value in the force: the indexed lookups matching makes.
        long[] lookup = time(STORE_RUNS, 20, i -> QuarkusTransaction.requiringNew().run(() -> {
            var held = matchRepository.itemsWithKey(keys.get(i));
            matchRepository.policeReferralsOf(held.stream().map(IntelligenceMatchRepository.HeldItem::concernId).toList());
        }));
        long matchesAfter;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from intelligence_match");
            rs.next();
            matchesAfter = rs.getLong(1);
        }
        assertThat(matchesAfter).isGreaterThan(matchesBefore);

        String police = TestTokens.token(FORCE, "police");
        long[] listFirst = time(LIST_RUNS, 10, i -> send("GET", "/api/intelligence/matches?size=50", police, null));
        long[] listDeep = time(LIST_RUNS, 10, i -> send("GET", "/api/intelligence/matches?size=50&page=20", police, null));
        given().auth().oauth2(police).when().get("/api/intelligence/matches?size=50").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(50));

        String report = String.join("\n",
                "intelligence matching benchmark: %d items over %d concerns (%d children, %d schools), one force; %d matches before; loaded in %.1f s"
                        .formatted(items, CONCERNS, CHILDREN, SCHOOLS, matchesBefore, loadSeconds),
                "  lookup plan:" + plan,
                line("store one more item and find its matches (HTTP POST .../intelligence)", store) + "  target p99 <= 20 ms",
                line("store one more item and find its matches (service, one transaction)", storeService),
                line("find the holders of one value in the force (indexed lookups)", lookup),
                line("list the force's matches, first page of 50 (HTTP GET)", listFirst),
                line("list the force's matches, page 20 of 50 (HTTP GET)", listDeep),
                "  matches after the store runs: %d; load average while measured: %s".formatted(matchesAfter, loadAverage()));
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target", "intelligence-benchmark.txt"), report + "\n");
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private static void send(String method, String path, String token, String body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new AssertionError(method + " " + path + " answered " + status);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " on " + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static UUID uuid(int concern) {
        try {
            var md5 = java.security.MessageDigest.getInstance("MD5").digest(("concern" + concern).getBytes());
            StringBuilder hex = new StringBuilder();
            for (byte b : md5) {
                hex.append(String.format("%02x", b));
            }
            String h = hex.toString();
            return UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Microseconds of each run, sorted, after a warm-up. */
    private static long[] time(int runs, int warmUp, IntConsumer run) {
        for (int i = 0; i < warmUp; i++) {
            run.accept(runs + i);
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.accept(i);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String line(String what, long[] sorted) {
        return "  %-72s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d runs)".formatted(what, percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0, sorted[sorted.length - 1] / 1000.0, sorted.length);
    }
}
