package uk.safeguarding.devstack;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may do what on the broker: {@code config/kafka/access.txt} read into SCRAM users and
 * ACL bindings (StandardAuthorizer). The broker's own inter-broker principal is the only super user.
 */
public final class KafkaAccess {

    public static final String TOPIC_PREFIX = "safeguarding.";
    public static final String DLQ_PREFIX = "safeguarding.dlq.";

    /** One line of the table. */
    public record Principal(String name, String kind, List<String> writes, List<String> reads) {
        public String user() {
            return "User:" + name;
        }
    }

    private final Map<String, Principal> principals;

    private KafkaAccess(Map<String, Principal> principals) {
        this.principals = principals;
    }

    public static KafkaAccess load(Path root) {
        Path table = root.resolve("config/kafka/access.txt");
        try {
            return parse(Files.readAllLines(table));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
    }

    static KafkaAccess parse(List<String> lines) {
        Map<String, Principal> principals = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            if (columns.length != 4 || !List.of("service", "observer", "reader").contains(columns[1])) {
                throw new IllegalArgumentException("config/kafka/access.txt: bad line: " + line);
            }
            principals.put(columns[0], new Principal(columns[0], columns[1], list(columns[2]), list(columns[3])));
        }
        return new KafkaAccess(principals);
    }

    private static List<String> list(String column) {
        return column.equals("-") ? List.of() : Arrays.asList(column.split(","));
    }

    public Map<String, Principal> principals() {
        return principals;
    }

    public Principal principal(String name) {
        Principal p = principals.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no Kafka principal " + name + " in config/kafka/access.txt");
        }
        return p;
    }

    /** Every topic some service writes (the stack creates them before the services start). */
    public List<String> topics() {
        return principals.values().stream().flatMap(p -> p.writes().stream()).distinct().toList();
    }

    public List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (Principal p : principals.values()) {
            switch (p.kind()) {
                case "service" -> {
                    p.writes().forEach(t -> bindings.add(allow(p, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.WRITE)));
                    p.reads().forEach(t -> bindings.add(allow(p, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.READ)));
                    if (!p.reads().isEmpty()) {
                        bindings.add(allow(p, ResourceType.GROUP, p.name(), PatternType.LITERAL, AclOperation.READ));
                        bindings.add(allow(p, ResourceType.TOPIC, DLQ_PREFIX + p.name(), PatternType.LITERAL, AclOperation.WRITE));
                        bindings.add(allow(p, ResourceType.TOPIC, DLQ_PREFIX + p.name(), PatternType.LITERAL, AclOperation.CREATE));
                    }
                }
                case "observer" -> {
                    bindings.add(allow(p, ResourceType.TOPIC, TOPIC_PREFIX, PatternType.PREFIXED, AclOperation.DESCRIBE));
                    bindings.add(allow(p, ResourceType.GROUP, "*", PatternType.LITERAL, AclOperation.DESCRIBE));
                }
                case "reader" -> {
                    bindings.add(allow(p, ResourceType.TOPIC, TOPIC_PREFIX, PatternType.PREFIXED, AclOperation.READ));
                    bindings.add(allow(p, ResourceType.GROUP, "*", PatternType.LITERAL, AclOperation.DESCRIBE));
                    bindings.add(allow(p, ResourceType.GROUP, p.name() + ".", PatternType.PREFIXED, AclOperation.READ));
                }
                default -> throw new IllegalStateException(p.kind());
            }
        }
        return bindings;
    }

    private static AclBinding allow(Principal p, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(p.user(), "*", operation, AclPermissionType.ALLOW));
    }

    /** The local (and e2e) password of a principal: {@code <name>-secret}, documented in the README. */
    public static String localPassword(String principal) {
        return principal + "-secret";
    }

    /** Client settings of a SASL/SCRAM-SHA-512 client authenticating as {@code user}. */
    public static Map<String, Object> clientConfig(String bootstrap, String user, String password) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", scramJaas(user, password));
        return config;
    }

    static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }
}
