package uk.safeguarding.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's configuration as its source tree has it: its application.properties over the
 * platform's shared defaults (platform-web's, and platform-data's where it has a database), profile-less keys only.
 */
public record ServiceConfig(String service, Map<String, String> properties) {

    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern ANY_ENV = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern ENV_WITH_DEFAULT = Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}$");

    public static ServiceConfig load(Path root, String service) {
        Map<String, String> props = new LinkedHashMap<>();
        try {
            // Every service and the gateway take platform-web's defaults; those with a database platform-data's too.
            props.putAll(read(root.resolve("platform-web/src/main/resources/META-INF/microprofile-config.properties")));
            if (Files.readString(root.resolve(service).resolve("pom.xml")).contains("<artifactId>platform-data</artifactId>")) {
                props.putAll(read(root.resolve("platform-data/src/main/resources/META-INF/microprofile-config.properties")));
            }
            props.putAll(read(root.resolve(service).resolve("src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // What runs in a cluster is the prod profile: %prod.x overrides x, other profiles do not apply.
        Map<String, String> effective = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!k.startsWith("%")) {
                effective.putIfAbsent(k, v);
            } else if (k.startsWith("%prod.")) {
                effective.put(k.substring("%prod.".length()), v);
            }
        });
        return new ServiceConfig(service, effective);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    public String get(String key, String fallback) {
        return properties.getOrDefault(key, fallback);
    }

    /** The value a property takes given the container's environment ({@code ${VAR:default}} resolved). */
    public String effective(String key, String fallback, Map<String, String> env) {
        String value = get(key, fallback);
        Matcher m = ENV_WITH_DEFAULT.matcher(value);
        if (m.matches()) {
            return env.getOrDefault(m.group(1), m.group(2));
        }
        return value;
    }

    /** The environment variable a property reads, if it is of the form ${VAR...}. */
    public String envOf(String key) {
        Matcher m = ANY_ENV.matcher(get(key, ""));
        return m.find() ? m.group(1) : null;
    }

    /** Environment variables the service reads without a default: it stops at start without them. */
    public Set<String> requiredEnv() {
        Set<String> out = new TreeSet<>();
        properties.values().forEach(v -> REQUIRED.matcher(v).results().forEach(m -> out.add(m.group(1))));
        return out;
    }

    /** Every environment variable the service reads, named in a ${...} or as a property's env form. */
    public boolean reads(String env) {
        if (properties.values().stream().anyMatch(v -> v.contains("${" + env + "}") || v.contains("${" + env + ":"))) {
            return true;
        }
        return properties.keySet().stream().anyMatch(k -> k.replaceAll("[.\\-\"]", "_").toUpperCase().equals(env));
    }

    /** A health group's path: {@code /q/health/live} unless the configuration moves it. */
    public String healthPath(String group, String fallback) {
        String root = "/" + get("quarkus.http.non-application-root-path", "q") + "/" + get("quarkus.smallrye-health.root-path", "health");
        return root + "/" + get("quarkus.smallrye-health." + group + "-path", fallback);
    }

    public String metricsPath() {
        return "/" + get("quarkus.http.non-application-root-path", "q") + "/" + get("quarkus.micrometer.export.prometheus.path", "metrics");
    }
}
