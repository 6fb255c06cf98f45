package uk.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One overlay as Kustomize renders it: its namespace and its resources. */
public record Rendered(String name, String namespace, List<ObjectNode> resources) {

    public static Rendered of(Path overlay) {
        List<ObjectNode> resources = Kustomize.render(overlay);
        String namespace = resources.isEmpty() ? "" : resources.get(0).path("metadata").path("namespace").asText();
        return new Rendered(overlay.getFileName().toString(), namespace, resources);
    }

    public List<ObjectNode> all(String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    public Optional<ObjectNode> find(String kind, String name) {
        return all(kind).stream().filter(r -> name(r).equals(name)).findFirst();
    }

    public ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this.name + ": no " + kind + " " + name));
    }

    public static String name(JsonNode r) {
        return r.path("metadata").path("name").asText();
    }

    /** The pod spec of a Deployment. */
    public static JsonNode podSpec(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec");
    }
}
