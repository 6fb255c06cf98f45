package uk.safeguarding.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** The broker's inter-broker principal: the only super user. */
    static final String BROKER_PRINCIPAL = "broker";
    public static final List<String> TOPICS = List.of("safeguarding.children", "safeguarding.concerns",
            "safeguarding.referrals", "safeguarding.missing", "safeguarding.organisations", "safeguarding.deliveries",
            "safeguarding.disclosure-checkpoints");

    /** The five services: module folder, port, database (none for the gateway). */
    public record Service(String name, int port, String database) {
        /** The Quarkus management interface (/q/health, /q/metrics): port + 1000. */
        public int managementPort() {
            return port + 1000;
        }

        /** The PostgreSQL role the service runs as (DML only) and the one that owns its database and migrates it. */
        public String databaseRole() {
            return name.replace('-', '_');
        }

        public String databaseOwnerRole() {
            return databaseRole() + "_owner";
        }
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
    private final KafkaAccess kafkaAccess;
    /** The broker's own principals (inter-broker SCRAM, controller PLAIN): random on every start, never documented. */
    private final String brokerPassword = randomKey();
    private final String controllerPassword = randomKey();

    private Stack(Options options) {
        this.options = options;
        this.cryptoKey = options.freshDatabases() ? randomKey() : "bG9jYWwtZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHI=";
        this.checkpointKey = options.freshDatabases() ? randomEd25519Key() : LOCAL_CHECKPOINT_KEY;
        this.kafkaAccess = KafkaAccess.load(options.root());
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
        for (int port : List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT, KEYCLOAK_PORT, 8080, 8081, 8082, 8083, 8084, 9080, 9081, 9082, 9083, 9084)) {
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

    /** The local password of a database role: {@code <role>-secret} (the local cluster trusts loopback; set anyway, as a deployment would). */
    public static String databasePassword(String role) {
        return role + "-secret";
    }

    /**
     * Per service a role that owns its database and runs its migrations, and the role it runs as,
     * which the migrations grant DML only (see the services' V5 migrations). Neither is a superuser.
     * A database kept from before (./run.sh) is handed over to its owner role.
     */
    private void createDatabases() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (Service service : SERVICES) {
                if (service.database() == null) {
                    continue;
                }
                String name = service.database() + options.databaseSuffix();
                for (String role : List.of(service.databaseOwnerRole(), service.databaseRole())) {
                    try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                        if (!rs.next()) {
                            s.execute("create role " + role + " login");
                        }
                    }
                    s.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                            + databasePassword(role) + "'");
                }
                if (options.freshDatabases()) {
                    s.execute("drop database if exists " + name + " with (force)");
                }
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + name + " owner " + service.databaseOwnerRole());
                    }
                }
                s.execute("alter database " + name + " owner to " + service.databaseOwnerRole());
                s.execute("revoke all on database " + name + " from public");
                s.execute("grant connect on database " + name + " to " + service.databaseRole());
                handOver(name, service.databaseOwnerRole());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 does not answer (" + e.getMessage()
                    + "); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
    }

    /** The schema and whatever an earlier run created as postgres now belong to the owner role. */
    private static void handOver(String database, String owner) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + owner);
            s.execute("revoke create on schema public from public");
            List<String> statements = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
                           c.relname
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S') and pg_get_userbyid(c.relowner) <> '%s'
                      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
                    """.formatted(owner))) {
                while (rs.next()) {
                    statements.add("alter " + rs.getString(1) + " \"" + rs.getString(2) + "\" owner to " + owner);
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%s'
                    """.formatted(owner))) {
                while (rs.next()) {
                    statements.add("alter routine " + rs.getString(1) + " owner to " + owner);
                }
            }
            for (String statement : statements) {
                s.execute(statement);
            }
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
                // Clients: SASL/SCRAM-SHA-512 only. The controller listener (loopback) takes SASL/PLAIN with the
                // broker's own static user, since SCRAM users live in the metadata the controller serves.
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + KAFKA_PORT + ",CONTROLLER://127.0.0.1:" + KAFKA_CONTROLLER_PORT,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + KAFKA_PORT,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + KafkaAccess.scramJaas(BROKER_PRINCIPAL, brokerPassword),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + BROKER_PRINCIPAL + "\" password=\"" + controllerPassword + "\" user_" + BROKER_PRINCIPAL + "=\"" + controllerPassword + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + BROKER_PRINCIPAL,
                "allow.everyone.if.no.acl.found=false",
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
        // SCRAM users are written into the metadata log at format time: the broker's own and one per principal of the table.
        format.addAll(List.of("--add-scram", "SCRAM-SHA-512=[name=" + BROKER_PRINCIPAL + ",password=" + brokerPassword + "]"));
        for (String principal : kafkaAccess.principals().keySet()) {
            format.addAll(List.of("--add-scram", "SCRAM-SHA-512=[name=" + principal + ",password=" + KafkaAccess.localPassword(principal) + "]"));
        }
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
        try (Admin admin = Admin.create(KafkaAccess.clientConfig(kafkaBootstrap(), BROKER_PRINCIPAL, brokerPassword))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
            List<String> topics = new ArrayList<>(TOPICS);
            kafkaAccess.topics().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 3, (short) 1).configs(topicConfig(t))).toList())
                    .all().get(60, TimeUnit.SECONDS);
            admin.createAcls(kafkaAccess.bindings()).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("kafka did not become ready: " + e.getMessage(), e);
        }
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    /** Client settings (bootstrap and SASL/SCRAM) of one principal of config/kafka/access.txt, with its local password. */
    public Map<String, Object> kafkaClientConfig(String principal) {
        kafkaAccess.principal(principal);
        return KafkaAccess.clientConfig(kafkaBootstrap(), principal, KafkaAccess.localPassword(principal));
    }

    public KafkaAccess kafkaAccess() {
        return kafkaAccess;
    }

    // ---- Keycloak --------------------------------------------------------------------------

    private void startKeycloak() throws IOException {
        Path home = unpackKeycloak();
        // A fresh realm on every start: the export in config/keycloak is the single source.
        deleteTree(home.resolve("data"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        writeLocalRealm(imports.resolve("safeguarding-realm.json"));
        Map<String, String> env = new HashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        // The local profile: direct access grants on the web client, no OTP (see config/keycloak/README.md).
        env.put("SG_LOCAL_PROFILE", "true");
        env.put("SG_DIRECT_GRANTS", "true");
        env.put("SG_BROWSER_FLOW", "browser");
        // Known local secrets and a relaxed password policy (the demo users' password is "demo"); production sets neither.
        env.put("SG_NOTIFIER_SECRET", "notifier-secret");
        env.put("SG_PASSWORD_POLICY", "notUsername");
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + KEYCLOAK_PORT, "--import-realm", "--health-enabled=true",
                "--http-management-port=9180", "--cache=local");
        ManagedProcess keycloak = register(ManagedProcess.start("keycloak", command, home, logs(), env));
        Health.await("keycloak", Duration.ofSeconds(240), keycloak,
                () -> Health.httpOk(issuer() + "/.well-known/openid-configuration"));
    }

    /**
     * The production realm plus the local-only overlay ({@code safeguarding-local.json}: the demo users of
     * every role and the demo school's MIS client), merged into the one file Keycloak imports here.
     */
    private void writeLocalRealm(Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path dir = options.root().resolve("config/keycloak");
        ObjectNode realm = (ObjectNode) json.readTree(dir.resolve("safeguarding-realm.json").toFile());
        ObjectNode local = (ObjectNode) json.readTree(dir.resolve("safeguarding-local.json").toFile());
        for (String list : List.of("users", "clients")) {
            ArrayNode merged = realm.has(list) ? (ArrayNode) realm.get(list) : realm.putArray(list);
            if (local.has(list)) {
                local.get(list).forEach(merged::add);
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
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

    /** The demo school's MIS client (the local-only realm overlay). */
    static final String MIS_CLIENT = "mis-hillside";

    private void startService(Service service) throws IOException {
        Path jar = options.root().resolve(service.name() + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(service.port()));
        env.put("MANAGEMENT_PORT", String.valueOf(service.managementPort()));
        if (service.database() != null) {
            env.put("DB_URL", jdbcUrl(service.database()));
            env.put("DB_USER", service.databaseRole());
            env.put("DB_PASSWORD", databasePassword(service.databaseRole()));
            env.put("DB_MIGRATION_USER", service.databaseOwnerRole());
            env.put("DB_MIGRATION_PASSWORD", databasePassword(service.databaseOwnerRole()));
        }
        env.put("KAFKA_BOOTSTRAP", kafkaBootstrap());
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_USERNAME", service.name());
        env.put("KAFKA_SASL_PASSWORD", KafkaAccess.localPassword(service.name()));
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
        if (options.freshDatabases()) {
            // e2e: the daily erasure (concern-service) runs every 5 seconds, so a scenario sees it act.
            env.put("ERASURE_CRON", "0/5 * * * * ?");
        }
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xms32m", "-Xmx" + options.serviceHeap(), "-Xss512k",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=2", "-XX:ReservedCodeCacheSize=64m"));
        if ("gateway".equals(service.name())) {
            // The demo school's MIS gets the rate a deployment gives a MIS client for its nightly roster sync
            // (docs/mis-integration.md): 600 requests a minute instead of every other client's 120.
            command.add("-Dsafeguarding.gateway.rate-limit.clients." + MIS_CLIENT + ".capacity=600");
            command.add("-Dsafeguarding.gateway.rate-limit.clients." + MIS_CLIENT + ".refill-tokens=600");
            command.add("-Dsafeguarding.gateway.rate-limit.clients." + MIS_CLIENT + ".refill-period=1m");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ManagedProcess process = register(ManagedProcess.start(service.name(), command, options.root().resolve(service.name()), logs(), env));
        Health.await(service.name(), Duration.ofSeconds(180), process,
                () -> Health.httpOk("http://localhost:" + service.managementPort() + "/q/health/ready"));
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
