package uk.safeguarding.gateway.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Reference;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops the schemas and responses no public operation reaches (those of {@code /internal/**}
 * packets, say), so the integrators' document holds only what integrators can meet.
 */
final class UnusedComponents {

    private UnusedComponents() {
    }

    static void remove(OpenAPI api) {
        Components components = api.getComponents();
        Set<String> refs = new HashSet<>();
        collect(api.getPaths(), refs);
        // Follow references from reached schemas and responses until nothing new is reached.
        Deque<String> pending = new ArrayDeque<>(refs);
        while (!pending.isEmpty()) {
            String ref = pending.pop();
            Object target = resolve(components, ref);
            if (target != null) {
                Set<String> found = new HashSet<>();
                collect(target, found);
                for (String f : found) {
                    if (refs.add(f)) {
                        pending.push(f);
                    }
                }
            }
        }
        if (components.getSchemas() != null) {
            new java.util.ArrayList<>(components.getSchemas().keySet()).stream()
                    .filter(name -> !refs.contains("#/components/schemas/" + name)).forEach(components::removeSchema);
        }
        if (components.getResponses() != null) {
            new java.util.ArrayList<>(components.getResponses().keySet()).stream()
                    .filter(name -> !refs.contains("#/components/responses/" + name)).forEach(components::removeResponse);
        }
    }

    private static Object resolve(Components components, String ref) {
        if (ref.startsWith("#/components/schemas/") && components.getSchemas() != null) {
            return components.getSchemas().get(ref.substring("#/components/schemas/".length()));
        }
        if (ref.startsWith("#/components/responses/") && components.getResponses() != null) {
            return components.getResponses().get(ref.substring("#/components/responses/".length()));
        }
        return null;
    }

    /** Every {@code $ref} below {@code node}, walking the model through its getters' maps, lists and models. */
    private static void collect(Object node, Set<String> refs) {
        collect(node, refs, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void collect(Object node, Set<String> refs, Set<Object> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, refs, seen));
            return;
        }
        if (node instanceof Collection<?> list) {
            list.forEach(v -> collect(v, refs, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.smallrye.openapi")) {
            return;
        }
        if (node instanceof Reference<?> reference && reference.getRef() != null) {
            refs.add(reference.getRef());
        }
        for (java.lang.reflect.Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getName().startsWith("get") && !getter.getName().equals("getClass")
                    && !getter.getName().equals("getRef")) {
                try {
                    collect(getter.invoke(node), refs, seen);
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // a getter that is not a model property
                }
            }
        }
    }
}
