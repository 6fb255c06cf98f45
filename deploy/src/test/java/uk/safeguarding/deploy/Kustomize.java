package uk.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of Kustomize our manifests use, so that CI renders an overlay without a network or a
 * {@code kustomize} binary: {@code resources} (files and kustomization folders), {@code namespace},
 * {@code images}, {@code patches} (strategic merge for built-in kinds: lists of named items merge by
 * name; JSON merge patch for custom resources, as Kustomize does without their schemas; an optional
 * {@code target} by kind and name) and {@code secretGenerator} with literals and
 * {@code disableNameSuffixHash}. Any other field is refused rather than ignored, so a manifest never
 * relies on something this renderer would silently skip.
 */
public final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches",
            "secretGenerator", "generatorOptions");
    /** Lists merged by their items' {@code name} in a strategic merge patch (the rest are replaced). */
    private static final Set<String> MERGE_BY_NAME = Set.of("containers", "initContainers", "env", "volumes", "volumeMounts", "ports");

    private Kustomize() {
    }

    /** The resources the kustomization in {@code dir} renders to, in order. */
    public static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        ObjectNode k = (ObjectNode) readAll(file).get(0);
        k.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(file + ": '" + f + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p));
            } else {
                for (JsonNode doc : readAll(p)) {
                    out.add((ObjectNode) doc);
                }
            }
        }
        JsonNode options = k.path("generatorOptions");
        for (JsonNode g : k.path("secretGenerator")) {
            if (!options.path("disableNameSuffixHash").asBoolean(false)) {
                throw new IllegalArgumentException(file + ": secretGenerator needs generatorOptions.disableNameSuffixHash: true here");
            }
            out.add(secret(g, options.path("labels")));
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, out, patch);
        }
        for (JsonNode image : k.path("images")) {
            setImage(out, image);
        }
        if (k.hasNonNull("namespace")) {
            out.forEach(r -> ((ObjectNode) r.path("metadata")).put("namespace", k.get("namespace").asText()));
        }
        return out;
    }

    static List<JsonNode> readAll(Path file) {
        try {
            List<JsonNode> docs = new ArrayList<>();
            var parser = new YAMLFactory().createParser(Files.readString(file));
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static ObjectNode secret(JsonNode g, JsonNode labels) {
        ObjectNode s = YAML.createObjectNode();
        s.put("apiVersion", "v1");
        s.put("kind", "Secret");
        ObjectNode meta = s.putObject("metadata");
        meta.put("name", g.path("name").asText());
        if (labels.isObject()) {
            meta.set("labels", labels.deepCopy());
        }
        s.put("type", g.path("type").asText("Opaque"));
        ObjectNode data = s.putObject("data");
        for (JsonNode literal : g.path("literals")) {
            String text = literal.asText();
            int eq = text.indexOf('=');
            data.put(text.substring(0, eq), Base64.getEncoder().encodeToString(text.substring(eq + 1).getBytes(StandardCharsets.UTF_8)));
        }
        return s;
    }

    private static void applyPatch(Path dir, List<ObjectNode> resources, JsonNode patch) {
        Path path = dir.resolve(patch.path("path").asText());
        JsonNode target = patch.path("target");
        for (JsonNode p : readAll(path)) {
            String kind = target.isMissingNode() ? p.path("kind").asText() : target.path("kind").asText();
            String name = target.isMissingNode() ? p.path("metadata").path("name").asText() : target.path("name").asText(null);
            int matched = 0;
            for (ObjectNode r : resources) {
                if (r.path("kind").asText().equals(kind) && (name == null || name.equals(r.path("metadata").path("name").asText()))) {
                    ObjectNode body = ((ObjectNode) p).deepCopy();
                    body.remove(List.of("apiVersion", "kind", "metadata"));
                    merge(r, body, builtIn(r));
                    matched++;
                }
            }
            if (matched == 0) {
                throw new IllegalArgumentException(path + ": the patch of " + kind + " " + name + " matches no resource");
            }
        }
    }

    /** Built-in kinds have no dot in their API group (apps/v1, v1) or a *.k8s.io one. */
    static boolean builtIn(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    static void merge(ObjectNode into, JsonNode patch, boolean strategic) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = into.get(e.getKey());
            JsonNode value = e.getValue();
            if (value.isNull()) {
                into.remove(e.getKey());
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, value, strategic);
            } else if (strategic && value.isArray() && current != null && current.isArray() && MERGE_BY_NAME.contains(e.getKey())) {
                mergeByName((ArrayNode) current, (ArrayNode) value);
            } else {
                into.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeByName(ArrayNode current, ArrayNode patch) {
        for (JsonNode item : patch) {
            String name = item.path("name").asText(null);
            JsonNode existing = null;
            for (JsonNode c : current) {
                if (name != null && name.equals(c.path("name").asText(null))) {
                    existing = c;
                }
            }
            if (existing instanceof ObjectNode o) {
                merge(o, item, true);
            } else {
                current.add(item.deepCopy());
            }
        }
    }

    private static void setImage(List<ObjectNode> resources, JsonNode image) {
        String name = image.path("name").asText();
        for (ObjectNode r : resources) {
            for (JsonNode c : r.path("spec").path("template").path("spec").path("containers")) {
                String current = c.path("image").asText();
                String bare = current.contains("@") ? current.substring(0, current.indexOf('@'))
                        : current.lastIndexOf(':') > current.lastIndexOf('/') ? current.substring(0, current.lastIndexOf(':')) : current;
                if (bare.equals(name)) {
                    String tag = image.hasNonNull("newTag") ? image.get("newTag").asText()
                            : current.length() > bare.length() ? current.substring(bare.length() + 1) : "latest";
                    ((ObjectNode) c).put("image", image.path("newName").asText(bare) + ":" + tag);
                }
            }
        }
    }
}
