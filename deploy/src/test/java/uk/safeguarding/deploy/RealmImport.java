package uk.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * deploy/k8s/base/keycloak/realm-import.yaml, made from config/keycloak/safeguarding-realm.json (the
 * production realm: no users, no known secret); the operator's CR carries the realm inline.
 */
public final class RealmImport {

    public static final String FILE = "deploy/k8s/base/keycloak/realm-import.yaml";

    private RealmImport() {
    }

    private static final java.util.regex.Pattern TYPED_PLACEHOLDER =
            java.util.regex.Pattern.compile("^\\$\\{[A-Z_]+:(true|false|-?[0-9]+)}$");

    /** The realm with each placeholder whose default is a boolean or a number replaced by that default. */
    public static JsonNode typed(JsonNode realm) {
        JsonNode copy = realm.deepCopy();
        resolve(copy);
        return copy;
    }

    private static void resolve(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                java.util.regex.Matcher m = TYPED_PLACEHOLDER.matcher(e.getValue().asText(""));
                if (e.getValue().isTextual() && m.matches()) {
                    String v = m.group(1);
                    e.setValue(v.equals("true") || v.equals("false") ? o.booleanNode(Boolean.parseBoolean(v)) : o.numberNode(Long.parseLong(v)));
                } else {
                    resolve(e.getValue());
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(RealmImport::resolve);
        }
    }

    public static String render(Path root) {
        try {
            JsonNode realm = new ObjectMapper().readTree(root.resolve("config/keycloak/safeguarding-realm.json").toFile());
            YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build();
            ObjectNode cr = yaml.createObjectNode();
            cr.put("apiVersion", "k8s.keycloak.org/v2alpha1");
            cr.put("kind", "KeycloakRealmImport");
            ObjectNode meta = cr.putObject("metadata");
            meta.put("name", "safeguarding");
            meta.putObject("labels").put("app.kubernetes.io/part-of", "safeguarding-exchange");
            ObjectNode spec = cr.putObject("spec");
            spec.put("keycloakCRName", "keycloak");
            ObjectNode placeholders = spec.putObject("placeholders");
            // The realm's required placeholder (the notifier's secret, also notification-service's) and its public URL.
            placeholders.putObject("SG_NOTIFIER_SECRET").putObject("secret").put("name", "notifier-client").put("key", "secret");
            placeholders.putObject("SG_WEB_URL").putObject("secret").put("name", "keycloak-realm-settings").put("key", "SG_WEB_URL");
            spec.set("realm", typed(realm));
            return "# Made from config/keycloak/safeguarding-realm.json; do not edit. After changing the realm, run\n"
                    + "# ./mvnw -B -o -pl deploy -am verify -Ddeploy.write-realm=true -Dtest='ManifestsTest' -Dsurefire.failIfNoSpecifiedTests=false\n"
                    + "# The other placeholders keep the realm's production defaults (OTP browser flow). A placeholder in a\n"
                    + "# field that is not a string (SG_DIRECT_GRANTS) is written as its production default: the API server\n"
                    + "# checks the CR's schema before the operator would replace it, and refuses a string there.\n"
                    + yaml.writeValueAsString(cr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
