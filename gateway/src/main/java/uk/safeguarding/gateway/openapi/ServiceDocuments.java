package uk.safeguarding.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Build step of the gateway (exec-maven-plugin, before Quarkus builds the app): merges the
 * OpenAPI documents the four services stored at their own build into the gateway's static
 * document {@code META-INF/openapi.json}, which Quarkus merges with the gateway's own operations
 * and {@link OpenApiConventions} then finishes. Only {@code /api/**} is kept; a schema name two
 * services use for different shapes is prefixed with the service's name, so neither is lost.
 * Each service's own document is kept beside it ({@code META-INF/openapi-services/}) so a test
 * can compare the assembled document with every service's.
 */
public final class ServiceDocuments {

    /** Module folder → schema-name prefix used when a name clashes. */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("concern-service", "Concern");
        SERVICES.put("referral-service", "Referral");
        SERVICES.put("missing-episode-service", "Missing");
        SERVICES.put("notification-service", "Notification");
    }

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ServiceDocuments() {
    }

    /** {@code args[0]} = the repository root, {@code args[1]} = the gateway's classes folder. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES.keySet()) {
            Path stored = root.resolve(service).resolve("target/openapi/openapi.json");
            if (!Files.isRegularFile(stored)) {
                // A build that stops before package (compile, test) has no service documents yet;
                // ApiDocumentTest then says so. ./mvnw verify (or package) builds them in order.
                System.err.println("[openapi] " + stored + " is missing: the gateway's document will lack " + service);
                continue;
            }
            documents.put(service, JSON.readTree(stored.toFile()));
        }
        Path services = classes.resolve("META-INF/openapi-services");
        Files.createDirectories(services);
        for (Map.Entry<String, JsonNode> e : documents.entrySet()) {
            JSON.writeValue(services.resolve(e.getKey() + ".json").toFile(), e.getValue());
        }
        JSON.writeValue(classes.resolve("META-INF/openapi.json").toFile(), merge(documents));
    }

    /** The public paths of every document, with their schemas and tags, in one document. */
    static ObjectNode merge(Map<String, JsonNode> documents) {
        ObjectNode out = JSON.createObjectNode();
        out.put("openapi", "3.1.0");
        ObjectNode paths = out.putObject("paths");
        ObjectNode schemas = out.putObject("components").putObject("schemas");
        ArrayNode tags = out.putArray("tags");
        Map<String, ObjectNode> tagsByName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            JsonNode doc = document.getValue().deepCopy();
            Map<String, String> renames = new HashMap<>();
            JsonNode own = doc.path("components").path("schemas");
            for (Iterator<String> names = own.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode existing = schemas.get(name);
                if (existing != null && !existing.equals(own.get(name))) {
                    renames.put(name, SERVICES.getOrDefault(document.getKey(), "") + name);
                }
            }
            rewriteRefs(doc, renames);
            own = doc.path("components").path("schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                String name = renames.getOrDefault(schema.getKey(), schema.getKey());
                if (!schemas.has(name)) {
                    schemas.set(name, schema.getValue());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                if (paths.has(path.getKey())) {
                    throw new IllegalStateException("two services document " + path.getKey());
                }
                paths.set(path.getKey(), path.getValue());
            }
            for (JsonNode tag : doc.path("tags")) {
                String name = tag.path("name").asText();
                if (!name.startsWith("Internal") && !tagsByName.containsKey(name)) {
                    tagsByName.put(name, (ObjectNode) tag);
                }
            }
        }
        tagsByName.values().forEach(tags::add);
        return out;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String target = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(target)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(target)));
                }
            }
            List<String> names = iterate(object.fieldNames());
            for (String name : names) {
                rewriteRefs(object.get(name), renames);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static List<String> iterate(Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
