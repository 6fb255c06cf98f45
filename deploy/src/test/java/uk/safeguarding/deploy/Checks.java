package uk.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.acl.AclBinding;
import uk.safeguarding.devstack.KafkaAccess;
import uk.safeguarding.devstack.Stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static uk.safeguarding.deploy.Rendered.name;
import static uk.safeguarding.deploy.Rendered.podSpec;

/**
 * What CI checks of a rendered overlay. Each check returns its problems (empty = passes), so the
 * same checks run against the real manifests and, in {@code BrokenManifestsTest}, against broken
 * copies that they must catch.
 */
public final class Checks {

    private final Path root;
    private final Rendered r;

    public Checks(Path root, Rendered rendered) {
        this.root = root;
        this.r = rendered;
    }

    // ---- every document parses as its kind -------------------------------------------------

    public List<String> parse(CrdSchema crds) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : r.resources()) {
            if (crds.knows(resource)) {
                crds.validate(resource, problems);
            } else if (Kustomize.builtIn(resource)) {
                StrictModel.parse(resource, problems);
            } else {
                problems.add(resource.path("kind").asText() + " " + name(resource) + ": no CRD for " + resource.path("apiVersion").asText());
            }
            if (name(resource).isEmpty()) {
                problems.add(resource.path("kind").asText() + " without a name");
            }
        }
        Set<String> seen = new HashSet<>();
        r.resources().forEach(x -> {
            if (!seen.add(x.path("kind").asText() + "/" + name(x))) {
                problems.add("two resources " + x.path("kind").asText() + "/" + name(x));
            }
        });
        return problems;
    }

    // ---- references --------------------------------------------------------------------------

    /** Secret name → the keys it will have, whoever makes it (the overlay, an operator, cert-manager). */
    public Map<String, Set<String>> secrets() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (JsonNode s : r.all("Secret")) {
            Set<String> keys = new TreeSet<>();
            s.path("data").fieldNames().forEachRemaining(keys::add);
            s.path("stringData").fieldNames().forEachRemaining(keys::add);
            out.put(name(s), keys);
        }
        for (JsonNode e : r.all("ExternalSecret")) {
            Set<String> keys = new TreeSet<>();
            e.path("spec").path("data").forEach(d -> keys.add(d.path("secretKey").asText()));
            out.put(e.path("spec").path("target").path("name").asText(name(e)), keys);
        }
        // Strimzi's User Operator: a Secret per SCRAM user, named after it.
        for (JsonNode u : r.all("KafkaUser")) {
            if ("scram-sha-512".equals(u.path("spec").path("authentication").path("type").asText())) {
                out.put(name(u), Set.of("password", "sasl.jaas.config"));
            }
        }
        // CloudNativePG: the owner's credentials when initdb is given no secret of its own.
        for (JsonNode c : r.all("Cluster")) {
            JsonNode initdb = c.path("spec").path("bootstrap").path("initdb");
            if (initdb.isObject() && !initdb.has("secret")) {
                out.put(name(c) + "-app", Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"));
            }
        }
        // cert-manager: the certificate of an annotated Ingress.
        for (JsonNode i : r.all("Ingress")) {
            if (i.path("metadata").path("annotations").has("cert-manager.io/cluster-issuer")) {
                i.path("spec").path("tls").forEach(t -> out.put(t.path("secretName").asText(), Set.of("tls.crt", "tls.key")));
            }
        }
        return out;
    }

    /** Service name → its ports, ours and those the operators make. */
    public Map<String, Set<Integer>> services() {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        for (JsonNode s : r.all("Service")) {
            Set<Integer> ports = new TreeSet<>();
            s.path("spec").path("ports").forEach(p -> ports.add(p.path("port").asInt()));
            out.put(name(s), ports);
        }
        for (JsonNode k : r.all("Kafka")) {
            Set<Integer> ports = new TreeSet<>();
            k.path("spec").path("kafka").path("listeners").forEach(l -> ports.add(l.path("port").asInt()));
            out.put(name(k) + "-kafka-bootstrap", ports);
        }
        for (JsonNode c : r.all("Cluster")) {
            out.put(name(c) + "-rw", Set.of(5432));
            out.put(name(c) + "-ro", Set.of(5432));
        }
        for (JsonNode k : r.all("Keycloak")) {
            JsonNode http = k.path("spec").path("http");
            Set<Integer> ports = new TreeSet<>(Set.of(http.path("httpsPort").asInt(8443)));
            if (http.path("httpEnabled").asBoolean(false)) {
                ports.add(http.path("httpPort").asInt(8080));
            }
            out.put(name(k) + "-service", ports);
        }
        return out;
    }

    public List<String> references() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> secrets = secrets();
        Set<String> configMaps = r.all("ConfigMap").stream().map(Rendered::name).collect(Collectors.toSet());
        Set<String> accounts = r.all("ServiceAccount").stream().map(Rendered::name).collect(Collectors.toSet());
        Map<String, Set<Integer>> services = services();
        for (JsonNode d : r.all("Deployment")) {
            String where = "Deployment " + name(d);
            JsonNode pod = podSpec(d);
            String account = pod.path("serviceAccountName").asText("default");
            if (!accounts.contains(account)) {
                problems.add(where + ": ServiceAccount " + account + " does not exist");
            }
            for (JsonNode c : pod.path("containers")) {
                for (JsonNode e : c.path("env")) {
                    JsonNode sk = e.path("valueFrom").path("secretKeyRef");
                    if (sk.isObject()) {
                        secretKey(secrets, sk.path("name").asText(), sk.path("key").asText(), where + " env " + e.path("name").asText(), problems);
                    }
                    JsonNode ck = e.path("valueFrom").path("configMapKeyRef");
                    if (ck.isObject() && !configMaps.contains(ck.path("name").asText())) {
                        problems.add(where + ": ConfigMap " + ck.path("name").asText() + " does not exist");
                    }
                }
                for (JsonNode ef : c.path("envFrom")) {
                    if (ef.has("configMapRef") && !configMaps.contains(ef.path("configMapRef").path("name").asText())) {
                        problems.add(where + ": ConfigMap " + ef.path("configMapRef").path("name").asText() + " does not exist");
                    }
                    if (ef.has("secretRef") && !secrets.containsKey(ef.path("secretRef").path("name").asText())) {
                        problems.add(where + ": Secret " + ef.path("secretRef").path("name").asText() + " does not exist");
                    }
                }
                Set<String> volumes = new HashSet<>();
                pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
                c.path("volumeMounts").forEach(m -> {
                    if (!volumes.contains(m.path("name").asText())) {
                        problems.add(where + ": volume " + m.path("name").asText() + " is mounted but not declared");
                    }
                });
            }
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("secret")) {
                    String s = v.path("secret").path("secretName").asText();
                    if (!secrets.containsKey(s)) {
                        problems.add(where + ": Secret " + s + " (volume) does not exist");
                    }
                    v.path("secret").path("items").forEach(i -> secretKey(secrets, s, i.path("key").asText(), where + " volume " + v.path("name").asText(), problems));
                }
                if (v.has("configMap") && !configMaps.contains(v.path("configMap").path("name").asText())) {
                    problems.add(where + ": ConfigMap " + v.path("configMap").path("name").asText() + " (volume) does not exist");
                }
            }
        }
        for (JsonNode c : r.all("Cluster")) {
            for (JsonNode role : c.path("spec").path("managed").path("roles")) {
                String s = role.path("passwordSecret").path("name").asText(null);
                if (s != null) {
                    secretKey(secrets, s, "username", "Cluster " + name(c) + " role " + role.path("name").asText(), problems);
                    secretKey(secrets, s, "password", "Cluster " + name(c) + " role " + role.path("name").asText(), problems);
                    decoded(s, "username").filter(u -> !u.equals(role.path("name").asText())).ifPresent(u ->
                            problems.add("Secret " + s + ": username " + u + " is not the role " + role.path("name").asText()));
                }
            }
        }
        for (JsonNode k : r.all("Keycloak")) {
            JsonNode db = k.path("spec").path("db");
            for (String f : List.of("usernameSecret", "passwordSecret")) {
                secretKey(secrets, db.path(f).path("name").asText(), db.path(f).path("key").asText(), "Keycloak " + name(k) + " db." + f, problems);
            }
            hostPort("Keycloak " + name(k) + " db", db.path("host").asText() + ":" + db.path("port").asInt(5432), services, problems);
        }
        Set<String> keycloaks = r.all("Keycloak").stream().map(Rendered::name).collect(Collectors.toSet());
        for (JsonNode i : r.all("KeycloakRealmImport")) {
            if (!keycloaks.contains(i.path("spec").path("keycloakCRName").asText())) {
                problems.add("KeycloakRealmImport " + name(i) + ": Keycloak " + i.path("spec").path("keycloakCRName").asText() + " does not exist");
            }
            i.path("spec").path("placeholders").fields().forEachRemaining(p -> secretKey(secrets,
                    p.getValue().path("secret").path("name").asText(), p.getValue().path("secret").path("key").asText(),
                    "KeycloakRealmImport " + name(i) + " placeholder " + p.getKey(), problems));
        }
        Set<String> kafkas = r.all("Kafka").stream().map(Rendered::name).collect(Collectors.toSet());
        for (String kind : List.of("KafkaUser", "KafkaTopic", "KafkaNodePool")) {
            for (JsonNode x : r.all(kind)) {
                String cluster = x.path("metadata").path("labels").path("strimzi.io/cluster").asText();
                if (!kafkas.contains(cluster)) {
                    problems.add(kind + " " + name(x) + ": Kafka " + cluster + " does not exist");
                }
            }
        }
        for (JsonNode i : r.all("Ingress")) {
            i.path("spec").path("tls").forEach(t -> {
                if (!secrets.containsKey(t.path("secretName").asText())) {
                    problems.add("Ingress " + name(i) + ": Secret " + t.path("secretName").asText() + " does not exist");
                }
            });
            i.path("spec").path("rules").forEach(rule -> rule.path("http").path("paths").forEach(p -> {
                JsonNode svc = p.path("backend").path("service");
                Optional<ObjectNode> s = r.find("Service", svc.path("name").asText());
                if (s.isEmpty()) {
                    problems.add("Ingress " + name(i) + ": Service " + svc.path("name").asText() + " does not exist");
                } else if (svc.path("port").has("name") && !portNames(s.get()).contains(svc.path("port").path("name").asText())) {
                    problems.add("Ingress " + name(i) + ": Service " + svc.path("name").asText() + " has no port " + svc.path("port").path("name").asText());
                }
            }));
        }
        for (JsonNode h : r.all("HorizontalPodAutoscaler")) {
            JsonNode t = h.path("spec").path("scaleTargetRef");
            if (r.find(t.path("kind").asText(), t.path("name").asText()).isEmpty()) {
                problems.add("HorizontalPodAutoscaler " + name(h) + ": " + t.path("kind").asText() + " " + t.path("name").asText() + " does not exist");
            }
        }
        for (String kind : List.of("Service", "PodDisruptionBudget")) {
            for (JsonNode x : r.all(kind)) {
                JsonNode selector = kind.equals("Service") ? x.path("spec").path("selector") : x.path("spec").path("selector").path("matchLabels");
                List<JsonNode> pods = r.all("Deployment").stream().filter(d -> matches(selector, d.path("spec").path("template").path("metadata").path("labels"))).map(d -> (JsonNode) d).toList();
                if (pods.isEmpty()) {
                    problems.add(kind + " " + name(x) + ": selects no Deployment's pods");
                }
                if (kind.equals("Service")) {
                    for (JsonNode p : x.path("spec").path("ports")) {
                        for (JsonNode d : pods) {
                            String target = p.path("targetPort").asText();
                            if (!portNames(podSpec(d).path("containers").get(0)).contains(target)) {
                                problems.add("Service " + name(x) + ": Deployment " + name(d) + " has no container port " + target);
                            }
                        }
                    }
                }
            }
        }
        // Addresses in the configuration: every host:port is a Service that has the port.
        for (JsonNode cm : r.all("ConfigMap")) {
            cm.path("data").fields().forEachRemaining(e -> {
                String v = e.getValue().asText();
                String where = "ConfigMap " + name(cm) + " " + e.getKey();
                if (v.startsWith("jdbc:")) {
                    v = v.substring(5);
                }
                if (v.startsWith("http://") || v.startsWith("postgresql://")) {
                    URI u = URI.create(v);
                    if (!u.getHost().endsWith(".example") && !u.getHost().equals("localhost")) {
                        hostPort(where, u.getHost() + ":" + (u.getPort() < 0 ? 80 : u.getPort()), services, problems);
                    }
                } else if (e.getKey().equals("KAFKA_BOOTSTRAP")) {
                    for (String hp : v.split(",")) {
                        hostPort(where, hp, services, problems);
                    }
                }
            });
        }
        return problems;
    }

    private Optional<String> decoded(String secret, String key) {
        return r.find("Secret", secret).map(s -> s.path("data").path(key).asText(null)).filter(Objects::nonNull)
                .map(b -> new String(Base64.getDecoder().decode(b), StandardCharsets.UTF_8));
    }

    private static void hostPort(String where, String hostPort, Map<String, Set<Integer>> services, List<String> problems) {
        String host = hostPort.substring(0, hostPort.lastIndexOf(':'));
        int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
        if (!services.containsKey(host)) {
            problems.add(where + ": Service " + host + " does not exist");
        } else if (!services.get(host).contains(port)) {
            problems.add(where + ": Service " + host + " has no port " + port);
        }
    }

    private static void secretKey(Map<String, Set<String>> secrets, String name, String key, String where, List<String> problems) {
        if (!secrets.containsKey(name)) {
            problems.add(where + ": Secret " + name + " does not exist");
        } else if (!secrets.get(name).contains(key)) {
            problems.add(where + ": Secret " + name + " has no key " + key);
        }
    }

    private static Set<String> portNames(JsonNode serviceOrContainer) {
        Set<String> out = new HashSet<>();
        JsonNode ports = serviceOrContainer.has("spec") ? serviceOrContainer.path("spec").path("ports") : serviceOrContainer.path("ports");
        ports.forEach(p -> {
            out.add(p.path("name").asText());
            out.add(p.has("containerPort") ? p.path("containerPort").asText() : p.path("port").asText());
        });
        return out;
    }

    static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector == null || !selector.isObject() || selector.isEmpty()) {
            return selector != null && selector.isObject();
        }
        for (var it = selector.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    // ---- each service's Deployment against its own configuration ----------------------------

    public List<String> serviceConfiguration() {
        List<String> problems = new ArrayList<>();
        Set<String> sharedUnread = new TreeSet<>();
        r.find("ConfigMap", "safeguarding-platform").ifPresent(cm -> cm.path("data").fieldNames().forEachRemaining(sharedUnread::add));
        for (Stack.Service service : Stack.SERVICES) {
            ServiceConfig config = ServiceConfig.load(root, service.name());
            Optional<ObjectNode> found = r.find("Deployment", service.name());
            String where = "Deployment " + service.name();
            if (found.isEmpty()) {
                problems.add(where + ": missing");
                continue;
            }
            JsonNode container = podSpec(found.get()).path("containers").get(0);
            Map<String, String> env = environment(container);
            int http = Integer.parseInt(config.effective("quarkus.http.port", "8080", env));
            int management = Integer.parseInt(config.effective("quarkus.management.port", "9000", env));
            if (!"true".equals(config.get("quarkus.management.enabled", "false"))) {
                problems.add(service.name() + ": the management interface is not enabled in its configuration");
            }
            if (http != service.port() || management != service.managementPort()) {
                problems.add(where + ": ports " + http + "/" + management + " are not the service's " + service.port() + "/" + service.managementPort());
            }
            Map<String, Integer> ports = new HashMap<>();
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            if (!Objects.equals(ports.get("http"), http)) {
                problems.add(where + ": container port http is " + ports.get("http") + ", the service listens on " + http);
            }
            if (!Objects.equals(ports.get("management"), management)) {
                problems.add(where + ": container port management is " + ports.get("management") + ", the management interface is on " + management);
            }
            // Startup is over once the service is live (Flyway has migrated, the HTTP server listens).
            Map<String, String> probes = Map.of("startupProbe", config.healthPath("liveness", "live"),
                    "livenessProbe", config.healthPath("liveness", "live"),
                    "readinessProbe", config.healthPath("readiness", "ready"));
            probes.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                if (!get.isObject()) {
                    problems.add(where + ": no " + probe);
                    return;
                }
                if (!path.equals(get.path("path").asText())) {
                    problems.add(where + ": " + probe + " path " + get.path("path").asText() + " is not the service's " + path);
                }
                JsonNode port = get.path("port");
                int resolved = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
                if (resolved != management) {
                    problems.add(where + ": " + probe + " is not on the management port " + management + " (" + port.asText() + ")");
                }
            });
            JsonNode annotations = found.get().path("spec").path("template").path("metadata").path("annotations");
            if (!config.metricsPath().equals(annotations.path("prometheus.io/path").asText())
                    || annotations.path("prometheus.io/port").asInt() != management) {
                problems.add(where + ": the scrape annotations are not " + config.metricsPath() + " on " + management);
            }
            for (String required : config.requiredEnv()) {
                if (!env.containsKey(required)) {
                    problems.add(where + ": " + required + " is required by the service (no default) but not set");
                }
            }
            Map<String, String> own = new LinkedHashMap<>();
            container.path("env").forEach(e -> own.put(e.path("name").asText(), ""));
            container.path("envFrom").forEach(ef -> r.find("ConfigMap", ef.path("configMapRef").path("name").asText())
                    .filter(cm -> !name(cm).equals("safeguarding-platform"))
                    .ifPresent(cm -> cm.path("data").fieldNames().forEachRemaining(k -> own.put(k, ""))));
            for (String var : own.keySet()) {
                if (!config.reads(var) && !var.startsWith("QUARKUS_") && !var.equals("JAVA_TOOL_OPTIONS")) {
                    problems.add(where + ": sets " + var + ", which the service does not read");
                }
            }
            sharedUnread.removeIf(var -> config.reads(var) || var.startsWith("QUARKUS_") || var.equals("JAVA_TOOL_OPTIONS"));
            // The database it runs against is its own cluster's, as the runtime role.
            if (service.database() != null) {
                String url = env.getOrDefault("DB_URL", "");
                Optional<ObjectNode> cluster = r.all("Cluster").stream()
                        .filter(c -> service.database().equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText())).findFirst();
                if (cluster.isEmpty()) {
                    problems.add(service.name() + ": no Cluster makes the database " + service.database());
                } else {
                    JsonNode spec = cluster.get().path("spec");
                    if (!url.equals("jdbc:postgresql://" + name(cluster.get()) + "-rw:5432/" + service.database())) {
                        problems.add(where + ": DB_URL " + url + " is not the primary of " + name(cluster.get()));
                    }
                    if (!service.databaseOwnerRole().equals(spec.path("bootstrap").path("initdb").path("owner").asText())) {
                        problems.add("Cluster " + name(cluster.get()) + ": the owner is not " + service.databaseOwnerRole());
                    }
                    boolean runtimeRole = false;
                    for (JsonNode role : spec.path("managed").path("roles")) {
                        runtimeRole |= role.path("name").asText().equals(service.databaseRole()) && role.path("login").asBoolean()
                                && !role.path("superuser").asBoolean() && !role.path("createdb").asBoolean() && !role.path("createrole").asBoolean();
                    }
                    if (!runtimeRole) {
                        problems.add("Cluster " + name(cluster.get()) + ": no login role " + service.databaseRole() + " without privileges");
                    }
                    if (spec.path("enableSuperuserAccess").asBoolean(true)) {
                        problems.add("Cluster " + name(cluster.get()) + ": superuser access is enabled");
                    }
                    if (!secretOf(container, "DB_USER").equals(secretOfRole(spec, service.databaseRole()))) {
                        problems.add(where + ": DB_USER does not come from the runtime role's secret");
                    }
                    if (!secretOf(container, "DB_MIGRATION_USER").equals(name(cluster.get()) + "-app")) {
                        problems.add(where + ": DB_MIGRATION_USER does not come from the owner's secret " + name(cluster.get()) + "-app");
                    }
                }
            }
            if (!service.name().equals(env.get("KAFKA_SASL_USERNAME")) || !service.name().equals(secretOf(container, "KAFKA_SASL_PASSWORD"))) {
                problems.add(where + ": Kafka principal is not " + service.name() + " with its KafkaUser's secret");
            }
        }
        sharedUnread.forEach(var -> problems.add("ConfigMap safeguarding-platform: no service reads " + var));
        return problems;
    }

    private static String secretOf(JsonNode container, String env) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(env)) {
                return e.path("valueFrom").path("secretKeyRef").path("name").asText("");
            }
        }
        return "";
    }

    private static String secretOfRole(JsonNode clusterSpec, String role) {
        for (JsonNode r : clusterSpec.path("managed").path("roles")) {
            if (r.path("name").asText().equals(role)) {
                return r.path("passwordSecret").path("name").asText();
            }
        }
        return "?";
    }

    /** The container's environment: its ConfigMaps' values, and "(secret)" for secret references. */
    Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode ef : container.path("envFrom")) {
            r.find("ConfigMap", ef.path("configMapRef").path("name").asText())
                    .ifPresent(cm -> cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
        }
        for (JsonNode e : container.path("env")) {
            env.put(e.path("name").asText(), e.has("value") ? e.path("value").asText() : "(secret)");
        }
        return env;
    }

    // ---- Kafka: users, ACLs and topics as config/kafka/access.txt and the stack have them -----

    /** One ACL: principal, resource type, name, pattern, operation (Kafka's vocabulary). */
    record Acl(String principal, String type, String name, String pattern, String operation) {
    }

    public List<String> kafka() {
        List<String> problems = new ArrayList<>();
        KafkaAccess access = KafkaAccess.load(root);
        Set<Acl> expected = new HashSet<>();
        for (AclBinding b : access.bindings()) {
            expected.add(new Acl(b.entry().principal().substring("User:".length()), b.pattern().resourceType().name(),
                    b.pattern().name(), b.pattern().patternType().name(), b.entry().operation().name()));
        }
        Set<Acl> actual = new HashSet<>();
        Map<String, String> patterns = Map.of("literal", "LITERAL", "prefix", "PREFIXED");
        for (JsonNode u : r.all("KafkaUser")) {
            JsonNode spec = u.path("spec");
            if (!"scram-sha-512".equals(spec.path("authentication").path("type").asText())) {
                problems.add("KafkaUser " + name(u) + ": not SCRAM-SHA-512");
            }
            for (JsonNode acl : spec.path("authorization").path("acls")) {
                if (!"allow".equals(acl.path("type").asText("allow")) || !"*".equals(acl.path("host").asText("*"))) {
                    problems.add("KafkaUser " + name(u) + ": an ACL that is not allow from any host");
                }
                for (JsonNode op : acl.path("operations")) {
                    actual.add(new Acl(name(u), acl.path("resource").path("type").asText().toUpperCase(), acl.path("resource").path("name").asText(),
                            patterns.getOrDefault(acl.path("resource").path("patternType").asText("literal"), "?"),
                            op.asText().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase()));
                }
            }
        }
        Set<String> users = r.all("KafkaUser").stream().map(Rendered::name).collect(Collectors.toCollection(TreeSet::new));
        if (!users.equals(new TreeSet<>(access.principals().keySet()))) {
            problems.add("KafkaUsers " + users + " are not the principals of access.txt " + access.principals().keySet());
        }
        Set<Acl> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Acl> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        missing.forEach(a -> problems.add("KafkaUser " + a.principal() + ": lacks " + a));
        extra.forEach(a -> problems.add("KafkaUser " + a.principal() + ": has " + a + ", which access.txt does not give"));

        Set<String> topics = new TreeSet<>(Stack.TOPICS);
        topics.addAll(access.topics());
        access.principals().values().stream().filter(p -> p.kind().equals("service") && !p.reads().isEmpty())
                .forEach(p -> topics.add(KafkaAccess.DLQ_PREFIX + p.name()));
        Set<String> declared = new TreeSet<>();
        for (JsonNode t : r.all("KafkaTopic")) {
            declared.add(t.path("spec").path("topicName").asText(name(t)));
        }
        if (!declared.equals(topics)) {
            problems.add("KafkaTopics " + declared + " are not the topics of the stack and access.txt " + topics);
        }
        r.all("KafkaTopic").stream().filter(t -> t.path("spec").path("topicName").asText().equals("safeguarding.disclosure-checkpoints"))
                .forEach(t -> {
                    if (t.path("spec").path("config").path("retention.ms").asLong(0) != -1) {
                        problems.add("KafkaTopic " + name(t) + ": the checkpoints topic must keep every record (retention.ms -1)");
                    }
                });
        for (JsonNode k : r.all("Kafka")) {
            JsonNode kafka = k.path("spec").path("kafka");
            if (!"simple".equals(kafka.path("authorization").path("type").asText())) {
                problems.add("Kafka " + name(k) + ": no ACL authorization");
            }
            if (kafka.path("authorization").has("superUsers")) {
                problems.add("Kafka " + name(k) + ": super users besides Strimzi's own");
            }
            for (JsonNode l : kafka.path("listeners")) {
                if (!"scram-sha-512".equals(l.path("authentication").path("type").asText())) {
                    problems.add("Kafka " + name(k) + ": listener " + l.path("name").asText() + " takes clients without SCRAM-SHA-512");
                }
                if (l.path("networkPolicyPeers").isEmpty()) {
                    problems.add("Kafka " + name(k) + ": listener " + l.path("name").asText() + " is open to every pod");
                }
            }
            if (kafka.path("config").path("auto.create.topics.enable").asBoolean(true)) {
                problems.add("Kafka " + name(k) + ": topics are created on demand");
            }
        }
        return problems;
    }

    // ---- network policies --------------------------------------------------------------------

    public List<String> networkPolicies() {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> policies = r.all("NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress") && p.path("spec").path("ingress").isEmpty());
        if (!defaultDeny) {
            problems.add("no default-deny ingress policy for the namespace");
        }
        Map<String, Integer> port = new HashMap<>();
        Stack.SERVICES.forEach(s -> port.put(s.name(), s.port()));
        Map<String, Set<String>> callees = callees();
        for (Stack.Service service : Stack.SERVICES) {
            JsonNode labels = r.find("Deployment", service.name()).map(d -> d.path("spec").path("template").path("metadata").path("labels"))
                    .orElse(null);
            if (labels == null) {
                continue;
            }
            List<ObjectNode> selecting = policies.stream().filter(p -> matches(p.path("spec").path("podSelector").path("matchLabels"), labels)
                    || p.path("spec").path("podSelector").isEmpty()).toList();
            // Ingress: from outside the namespace only the gateway's public port, and the management port for Prometheus.
            Set<String> callers = new TreeSet<>();
            callees.forEach((caller, called) -> {
                if (called.contains(service.name())) {
                    callers.add(caller);
                }
            });
            for (ObjectNode p : selecting) {
                for (JsonNode rule : p.path("spec").path("ingress")) {
                    Set<Integer> rulePorts = new TreeSet<>();
                    rule.path("ports").forEach(x -> rulePorts.add(x.path("port").asInt()));
                    if (rulePorts.isEmpty()) {
                        problems.add("NetworkPolicy " + name(p) + ": opens every port of " + service.name());
                    }
                    if (!rule.has("from") || rule.path("from").isEmpty()) {
                        problems.add("NetworkPolicy " + name(p) + ": lets anyone reach " + service.name());
                        continue;
                    }
                    for (JsonNode peer : rule.path("from")) {
                        String source = outside(peer);
                        if (source != null) {
                            boolean publicEntry = service.name().equals("gateway") && rulePorts.equals(Set.of(service.port())) && source.equals("ns:ingress-nginx");
                            boolean scrape = rulePorts.equals(Set.of(service.managementPort())) && source.equals("ns:monitoring");
                            if (!publicEntry && !scrape) {
                                problems.add("NetworkPolicy " + name(p) + ": " + service.name() + " ports " + rulePorts + " take traffic from outside the namespace (" + source + ")");
                            }
                        } else {
                            String from = peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText("?");
                            if (!callers.contains(from) || !rulePorts.equals(Set.of(service.port()))) {
                                problems.add("NetworkPolicy " + name(p) + ": " + from + " may reach " + service.name() + " ports " + rulePorts + ", but it calls no endpoint there");
                            }
                        }
                    }
                }
            }
            // Egress: DNS, Kafka, its own database, Keycloak, the services it calls; webhooks for notification-service.
            List<ObjectNode> egress = selecting.stream().filter(p -> p.path("spec").path("policyTypes").toString().contains("Egress")).toList();
            if (egress.isEmpty()) {
                problems.add(service.name() + ": no egress policy (it may reach anything)");
            }
            Set<String> expected = new TreeSet<>(Set.of("dns:53", "kafka:9092", "keycloak:8080"));
            if (service.database() != null) {
                r.all("Cluster").stream().filter(c -> service.database().equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText()))
                        .forEach(c -> expected.add("db:" + name(c) + ":5432"));
            }
            callees.getOrDefault(service.name(), Set.of()).forEach(c -> expected.add("service:" + c + ":" + port.get(c)));
            if (service.name().equals("notification-service")) {
                expected.add("public:443");
            }
            Set<String> actual = new TreeSet<>();
            for (ObjectNode p : egress) {
                for (JsonNode rule : p.path("spec").path("egress")) {
                    List<String> ports = new ArrayList<>();
                    rule.path("ports").forEach(x -> ports.add(x.path("port").asText()));
                    if (ports.isEmpty() || !rule.has("to")) {
                        problems.add("NetworkPolicy " + name(p) + ": " + service.name() + " may reach any port or any peer");
                        continue;
                    }
                    for (JsonNode peer : rule.path("to")) {
                        for (String pt : new TreeSet<>(ports)) {
                            actual.add(egressPeer(peer, service.name()) + ":" + pt);
                        }
                    }
                }
            }
            if (!actual.equals(expected)) {
                problems.add(service.name() + ": may reach " + actual + ", needs exactly " + expected);
            }
        }
        return problems;
    }

    /** Which services each one calls over HTTP: the *_SERVICE_URL settings its configuration reads. */
    public Map<String, Set<String>> callees() {
        Map<String, String> urls = new HashMap<>();
        r.find("ConfigMap", "safeguarding-platform").ifPresent(cm -> cm.path("data").fields().forEachRemaining(e -> {
            if (e.getKey().endsWith("_SERVICE_URL")) {
                urls.put(e.getKey(), URI.create(e.getValue().asText()).getHost());
            }
        }));
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Stack.Service s : Stack.SERVICES) {
            ServiceConfig config = ServiceConfig.load(root, s.name());
            Set<String> called = new TreeSet<>();
            urls.forEach((env, host) -> {
                if (config.reads(env)) {
                    called.add(host);
                }
            });
            out.put(s.name(), called);
        }
        return out;
    }

    /** null for a peer in this namespace, else what it is. */
    private String outside(JsonNode peer) {
        if (peer.has("ipBlock")) {
            return "ip:" + peer.path("ipBlock").path("cidr").asText();
        }
        if (peer.has("namespaceSelector")) {
            String ns = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText("*");
            return ns.equals(r.namespace()) ? null : "ns:" + ns;
        }
        return null;
    }

    private String egressPeer(JsonNode peer, String service) {
        JsonNode pods = peer.path("podSelector").path("matchLabels");
        if (peer.has("ipBlock")) {
            Set<String> except = new HashSet<>();
            peer.path("ipBlock").path("except").forEach(e -> except.add(e.asText()));
            boolean privateExcluded = except.containsAll(Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8"));
            return peer.path("ipBlock").path("cidr").asText().equals("0.0.0.0/0") && privateExcluded ? "public" : "ip:" + peer.path("ipBlock");
        }
        if (peer.has("namespaceSelector")) {
            String ns = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText("*");
            return ns.equals("kube-system") && "kube-dns".equals(pods.path("k8s-app").asText()) ? "dns" : "ns:" + ns;
        }
        if (pods.has("strimzi.io/cluster") && r.find("Kafka", pods.path("strimzi.io/cluster").asText()).isPresent()
                && "true".equals(pods.path("strimzi.io/broker-role").asText())) {
            return "kafka";
        }
        if (pods.has("cnpg.io/cluster")) {
            return "db:" + pods.path("cnpg.io/cluster").asText();
        }
        if ("keycloak".equals(pods.path("app").asText()) && r.find("Keycloak", pods.path("app.kubernetes.io/instance").asText()).isPresent()) {
            return "keycloak";
        }
        if (pods.has("app.kubernetes.io/name")) {
            return "service:" + pods.path("app.kubernetes.io/name").asText();
        }
        return "pods:" + pods;
    }

    // ---- the realm and the secrets in git -----------------------------------------------------

    public List<String> realm() {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> imports = r.all("KeycloakRealmImport");
        if (imports.size() != 1) {
            problems.add("expected one KeycloakRealmImport, found " + imports.size());
            return problems;
        }
        JsonNode realm = imports.get(0).path("spec").path("realm");
        JsonNode production;
        JsonNode local;
        try {
            ObjectMapper json = new ObjectMapper();
            production = json.readTree(root.resolve("config/keycloak/safeguarding-realm.json").toFile());
            local = json.readTree(root.resolve("config/keycloak/safeguarding-local.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!realm.equals(RealmImport.typed(production))) {
            problems.add("KeycloakRealmImport " + name(imports.get(0)) + ": the realm is not config/keycloak/safeguarding-realm.json"
                    + " (regenerate: ./mvnw -pl deploy -am verify -Ddeploy.write-realm=true)");
        }
        Set<String> demo = new HashSet<>();
        local.path("users").forEach(u -> demo.add(u.path("username").asText()));
        local.path("clients").forEach(c -> demo.add(c.path("clientId").asText()));
        realm.path("users").forEach(u -> {
            if (demo.contains(u.path("username").asText()) || u.has("credentials")) {
                problems.add("the realm import holds the user " + u.path("username").asText() + " (demo users are local-only)");
            }
        });
        realm.path("clients").forEach(c -> {
            if (demo.contains(c.path("clientId").asText()) || c.has("secret") && !c.path("secret").asText().matches("\\$\\{[A-Z_]+}")) {
                problems.add("the realm import holds the client " + c.path("clientId").asText() + " with a secret or from the local overlay");
            }
        });
        return problems;
    }

    /**
     * No secret value in git: outside the local overlay there is no Secret but the realm's non-secret
     * settings; in the local overlay every Secret is marked local-only.
     */
    public List<String> secretValues(boolean local) {
        List<String> problems = new ArrayList<>();
        for (JsonNode s : r.all("Secret")) {
            boolean settings = name(s).equals("keycloak-realm-settings") && fieldNames(s.path("stringData")).equals(Set.of("SG_WEB_URL")) && !s.has("data");
            boolean localOnly = "true".equals(s.path("metadata").path("labels").path("safeguarding.uk/local-only").asText());
            if (!settings && !(local && localOnly)) {
                problems.add("Secret " + name(s) + ": a secret value in the manifests" + (local ? " not marked local-only" : ""));
            }
        }
        return problems;
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
