package uk.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The operators' CRDs (src/test/resources/crds) and a check of a custom resource against the
 * structural schema of its served version, as the API server with strict field validation does:
 * types, required fields, enums, unknown fields (unless {@code x-kubernetes-preserve-unknown-fields}).
 * CEL rules ({@code x-kubernetes-validations}) and formats are not evaluated.
 */
public final class CrdSchema {

    /** apiVersion + "/" + kind → openAPIV3Schema. */
    private final Map<String, JsonNode> schemas = new HashMap<>();

    public static CrdSchema load(Path dir) {
        CrdSchema crds = new CrdSchema();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (JsonNode crd : Kustomize.readAll(f)) {
                    String group = crd.path("spec").path("group").asText();
                    String kind = crd.path("spec").path("names").path("kind").asText();
                    for (JsonNode v : crd.path("spec").path("versions")) {
                        if (v.path("served").asBoolean()) {
                            crds.schemas.put(group + "/" + v.path("name").asText() + "/" + kind, v.path("schema").path("openAPIV3Schema"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crds;
    }

    public boolean knows(JsonNode resource) {
        return schemas.containsKey(key(resource));
    }

    private static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }

    /** Problems of {@code resource} against its CRD, each naming the path; empty if it conforms. */
    public List<String> validate(JsonNode resource, List<String> problems) {
        JsonNode schema = schemas.get(key(resource));
        String where = resource.path("kind").asText() + " " + resource.path("metadata").path("name").asText();
        if (schema == null) {
            problems.add(where + ": no served CRD version for " + key(resource));
            return problems;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resource.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("metadata") || e.getKey().equals("apiVersion") || e.getKey().equals("kind")) {
                continue;
            }
            JsonNode property = schema.path("properties").get(e.getKey());
            if (property == null) {
                problems.add(where + ": unknown field ." + e.getKey());
            } else {
                check(property, e.getValue(), where + ": ." + e.getKey(), problems);
            }
        }
        required(schema, resource, where + ": ", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(path + ": null is not allowed");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                problems.add(path + ": expected an integer or a string");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            problems.add(path + ": expected " + type + ", found " + value.getNodeType().name().toLowerCase());
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                check(schema.get("items"), item, path + "[" + i++ + "]", problems);
            }
        }
        if (value.isObject()) {
            boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode property = schema.path("properties").get(e.getKey());
                if (property != null) {
                    check(property, e.getValue(), path + "." + e.getKey(), problems);
                } else if (additional != null && additional.isObject()) {
                    check(additional, e.getValue(), path + "." + e.getKey(), problems);
                } else if (!preserve && !(additional != null && additional.asBoolean(false))) {
                    problems.add(path + ": unknown field ." + e.getKey());
                }
            }
            required(schema, value, path + ".", problems);
        }
    }

    private static void required(JsonNode schema, JsonNode value, String path, List<String> problems) {
        for (JsonNode r : schema.path("required")) {
            if (!value.has(r.asText())) {
                problems.add(path + r.asText() + ": required");
            }
        }
    }
}
