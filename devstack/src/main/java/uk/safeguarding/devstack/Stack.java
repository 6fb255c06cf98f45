package uk.safeguarding.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: a KRaft Kafka broker and Keycloak as processes from Maven
 * Central artifacts, the four databases on the local PostgreSQL, and the five service jars.
 * Used by {@code ./run.sh} (keeps data between runs) and by the e2e suite (fresh databases).
 */
public final class Stack implements AutoCloseable {

    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;
    public static final int KEYCLOAK_PORT = 8180;
    public static final String REALM = "safeguarding";
    public static final List<String> TOPICS = List.of("safeguarding.children", "safeguarding.concerns",
            "safeguarding.referrals", "safeguarding.missing", "safeguarding.organisations", "safeguarding.deliveries",
            "safeguarding.disclosure-checkpoints");

    /** The five services: module folder, port, database (none for the gateway). */
    public record Service(String name, int port, String database) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("concern-service", 8081, "concerns"),
            new Service("referral-service", 8082, "referrals"),
            new Service("missing-episode-service", 8083, "missing"),
            new Service("notification-service", 8084, "notifications"),
            new Service("gateway", 8080, null));

    /** How to run: where the repo is, where state goes, which databases. */
    public record Options(Path root, Path work, String databaseSuffix, boolean freshDatabases, String serviceHeap) {
        public static Options local(Path root) {
            return new Options(root, root.resolve(".devstack"), "", false, "160m");
        }

        public static Options e2e(Path root) {
            return new Options(root, root.resolve("e2e/target/stack"), "_e2e", true, "160m");
        }
    }

    private final Options options;
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();
    private final String cryptoKey;
    /** notification-service's checkpoint signing key: made per e2e run; fixed locally, where checkpoints outlive a run. */
    private final String checkpointKey;

    private Stack(Options options) {
        this.options = options;
        this.cryptoKey = options.freshDatabases() ? randomKey() : "bG9jYWwtZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHI=";
        this.checkpointKey = options.freshDatabases() ? randomEd25519Key() : LOCAL_CHECKPOINT_KEY;
    }

    /** The checkpoints topic is the disclosure log's witness: it keeps every record. */
    private static Map<String, String> topicConfig(String topic) {
        return "safeguarding.disclosure-checkpoints".equals(topic) ? Map.of("retention.ms", "-1") : Map.of();
    }

    /** PKCS#8 Ed25519, public: for the local stack only (notification-service's %dev profile has the same). */
    private static final String LOCAL_CHECKPOINT_KEY = "MC4CAQAwBQYDK2VwBCIEIOxOnOxP4OTUS7KfY+r0C7gbusFBh0ExyZl8Ym8+GfDu";

    private static String randomEd25519Key() {
        try {
            return Base64.getEncoder().encodeToString(
                    java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public static Stack start(Options options) {
        Stack stack = new Stack(options);
        try {
            stack.boot();
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
    }

    private void boot() throws IOException {
        Instant begin = Instant.now();
        for (int port : List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT, KEYCLOAK_PORT, 8080, 8081, 8082, 8083, 8084)) {
            if (Health.portOpen(port)) {
                throw new IllegalStateException("port " + port + " is already in use: is another stack running? (stop it first)");
            }
        }
        Files.createDirectories(options.work());
        // Each run starts with empty logs (within a run, a restarted process appends to its log).
        deleteTree(logs());
        createDatabases();
        // Kafka and Keycloak start side by side; the services need both.
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> timed("kafka", this::startKafka));
        CompletableFuture<Void> keycloak = CompletableFuture.runAsync(() -> timed("keycloak", this::startKeycloak));
        kafka.join();
        keycloak.join();
        List<CompletableFuture<Void>> services = new ArrayList<>();
        for (Service service : SERVICES) {
            services.add(CompletableFuture.runAsync(() -> timed(service.name(), () -> startService(service))));
        }
        services.forEach(CompletableFuture::join);
        startTimes.put("stack", Duration.between(begin, Instant.now()));
    }

    private void timed(String name, IoAction action) {
        Instant begin = Instant.now();
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (startTimes) {
            startTimes.put(name, Duration.between(begin, Instant.now()));
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    // ---- PostgreSQL ------------------------------------------------------------------------

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database + options.databaseSuffix();
    }

    private void createDatabases() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (Service service : SERVICES) {
                if (service.database() == null) {
                    continue;
                }
                String name = service.database() + options.databaseSuffix();
                if (options.freshDatabases()) {
                    s.execute("drop database if exists " + name + " with (force)");
                }
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 does not answer (" + e.getMessage()
                    + "); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
    }

    // ---- Kafka -----------------------------------------------------------------------------

    private void startKafka() throws IOException {
        Path dir = options.work().resolve("kafka");
        deleteTree(dir);
        Files.createDirectories(dir);
        String classpath = Files.readString(options.root().resolve("devstack/target/kafka.classpath")).trim();
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + KAFKA_CONTROLLER_PORT,
                "listeners=PLAINTEXT://127.0.0.1:" + KAFKA_PORT + ",CONTROLLER://127.0.0.1:" + KAFKA_CONTROLLER_PORT,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + KAFKA_PORT,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "") );
        List<String> java = List.of(javaBin(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath);
        List<String> format = new ArrayList<>(java);
        format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        ManagedProcess formatter = ManagedProcess.start("kafka-format", format, dir, logs(), Map.of());
        try {
            Health.await("kafka storage format", Duration.ofSeconds(60), null, () -> !formatter.isAlive());
        } finally {
            formatter.stop(Duration.ofSeconds(1));
        }
        List<String> run = new ArrayList<>(java);
        run.addAll(List.of("kafka.Kafka", config.toString()));
        ManagedProcess broker = register(ManagedProcess.start("kafka", run, dir, logs(), Map.of()));
        Health.await("kafka", Duration.ofSeconds(90), broker, () -> Health.portOpen(KAFKA_PORT));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap()))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
            admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1).configs(topicConfig(t))).toList())
                    .all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("kafka did not become ready: " + e.getMessage(), e);
        }
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    // ---- Keycloak --------------------------------------------------------------------------

    private void startKeycloak() throws IOException {
        Path home = unpackKeycloak();
        // A fresh realm on every start: the export in config/keycloak is the single source.
        deleteTree(home.resolve("data"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(options.root().resolve("config/keycloak/safeguarding-realm.json"), imports.resolve("safeguarding-realm.json"));
        Map<String, String> env = new HashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        // The local profile: direct access grants on the web client, no OTP (see config/keycloak/README.md).
        env.put("SG_LOCAL_PROFILE", "true");
        env.put("SG_DIRECT_GRANTS", "true");
        env.put("SG_BROWSER_FLOW", "browser");
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + KEYCLOAK_PORT, "--import-realm", "--health-enabled=true",
                "--http-management-port=9180", "--cache=local");
        ManagedProcess keycloak = register(ManagedProcess.start("keycloak", command, home, logs(), env));
        Health.await("keycloak", Duration.ofSeconds(240), keycloak,
                () -> Health.httpOk(issuer() + "/.well-known/openid-configuration"));
    }

    private Path unpackKeycloak() throws IOException {
        Path zip = options.root().resolve("devstack/target/dist/keycloak.zip");
        Path base = options.root().resolve(".devstack");
        Path home = base.resolve("keycloak-26.7.3");
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Files.createDirectories(base);
        run(List.of("unzip", "-q", "-o", zip.toString(), "-d", base.toString()), base);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("keycloak did not unpack to " + home);
        }
        return home;
    }

    public String keycloakUrl() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    // ---- Services --------------------------------------------------------------------------

    private void startService(Service service) throws IOException {
        Path jar = options.root().resolve(service.name() + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(service.port()));
        if (service.database() != null) {
            env.put("DB_URL", jdbcUrl(service.database()));
        }
        env.put("KAFKA_BOOTSTRAP", kafkaBootstrap());
        env.put("OIDC_URL", issuer());
        env.put("OIDC_ISSUER", issuer());
        env.put("CRYPTO_KEY", cryptoKey);
        env.put("CONCERN_SERVICE_URL", "http://localhost:8081");
        env.put("REFERRAL_SERVICE_URL", "http://localhost:8082");
        env.put("MISSING_SERVICE_URL", "http://localhost:8083");
        env.put("NOTIFICATION_SERVICE_URL", "http://localhost:8084");
        env.put("NOTIFIER_CLIENT_SECRET", "notifier-secret");
        env.put("SEED_DEMO", "true");
        // The local profile lets webhooks reach receivers on this machine.
        env.put("ALLOW_LOOPBACK", "true");
        // Short first retries locally, so a failing receiver is seen recovering within seconds.
        env.put("DELIVERY_INITIAL_BACKOFF", "2s");
        env.put("DELIVERY_MAX_BACKOFF", "1m");
        if ("referral-service".equals(service.name())) {
            // Support-plan prompts are looked for every few seconds locally (each is sent once whatever the interval).
            env.put("SAFEGUARDING_REFERRAL_SUPPORT_PLAN_PROMPT_INTERVAL", "5s");
        }
        if ("notification-service".equals(service.name())) {
            // Only the service that signs holds the key.
            env.put("CHECKPOINT_SIGNING_KEY", checkpointKey);
        }
        List<String> command = List.of(javaBin(), "-Xms32m", "-Xmx" + options.serviceHeap(), "-Xss512k",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=2", "-XX:ReservedCodeCacheSize=64m",
                "-jar", jar.toString());
        ManagedProcess process = register(ManagedProcess.start(service.name(), command, options.root().resolve(service.name()), logs(), env));
        Health.await(service.name(), Duration.ofSeconds(180), process,
                () -> Health.httpOk("http://localhost:" + service.port() + "/q/health/ready"));
    }

    public String gatewayUrl() {
        return "http://localhost:8080";
    }

    /** Stops one service (as an outage would), leaving the rest of the stack running. */
    public synchronized void stopService(String name) {
        ManagedProcess process = processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no running service " + name));
        process.stop(Duration.ofSeconds(10));
        processes.remove(process);
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void startService(String name) {
        Service service = SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        try {
            startService(service);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Lifecycle -------------------------------------------------------------------------

    private synchronized ManagedProcess register(ManagedProcess process) {
        processes.add(process);
        return process;
    }

    public Path logs() {
        return options.work().resolve("logs");
    }

    /** Start time of each part and of the whole stack. */
    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    /** Resident memory (MiB) of each process. */
    public synchronized Map<String, Long> rss() {
        Map<String, Long> rss = new LinkedHashMap<>();
        processes.forEach(p -> rss.put(p.name(), p.rssMiB()));
        return rss;
    }

    @Override
    public synchronized void close() {
        // Services first (they flush to Kafka), then Keycloak and the broker.
        List<ManagedProcess> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        reversed.forEach(p -> p.stop(Duration.ofSeconds(10)));
        processes.clear();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void run(List<String> command, Path dir) throws IOException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
