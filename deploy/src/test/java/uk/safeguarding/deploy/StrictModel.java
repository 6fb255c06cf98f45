package uk.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A built-in kind read into the fabric8 Kubernetes model. The model keeps a field it does not know
 * in {@code additionalProperties} instead of failing; any such field anywhere in the tree is reported
 * (a misspelt {@code livenessProbe} would otherwise pass unnoticed, as Kubernetes would drop it).
 */
public final class StrictModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictModel() {
    }

    public static HasMetadata parse(JsonNode resource, List<String> problems) {
        String where = resource.path("kind").asText() + " " + Rendered.name(resource);
        Object parsed;
        try {
            parsed = SERIALIZATION.unmarshal(resource.toString());
        } catch (RuntimeException e) {
            problems.add(where + ": does not parse as its kind: " + e.getMessage());
            return null;
        }
        if (!(parsed instanceof HasMetadata typed) || parsed instanceof GenericKubernetesResource) {
            problems.add(where + ": " + resource.path("apiVersion").asText() + " " + resource.path("kind").asText() + " is not a kind of the Kubernetes model");
            return null;
        }
        unknownFields(typed, where + ": ", problems);
        return typed;
    }

    private static void unknownFields(Object o, String path, List<String> problems) {
        if (o == null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + "unknown field(s) " + extra.keySet());
                }
            } else {
                unknownFields(value, path + field + ".", problems);
            }
        }
    }
}
