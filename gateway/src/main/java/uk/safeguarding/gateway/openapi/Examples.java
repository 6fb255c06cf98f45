package uk.safeguarding.gateway.openapi;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An example value for a schema, for operations whose authors gave none: the schema's own
 * example or default where there is one, else the first enum value, else a value of its type
 * and format (the contract's own sample values). Depth-bounded, so recursive schemas end.
 */
final class Examples {

    private static final int MAX_DEPTH = 16;
    private static final String REF = "#/components/schemas/";

    private Examples() {
    }

    static Object of(Schema schema, Map<String, Schema> components) {
        return value(schema, components == null ? Map.of() : components, 0, null);
    }

    private static Object value(Schema schema, Map<String, Schema> components, int depth, String name) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            String ref = schema.getRef();
            Schema target = ref.startsWith(REF) ? components.get(ref.substring(REF.length())) : null;
            return value(target, components, depth + 1, name);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (composed != null) {
                for (Schema part : composed) {
                    Object v = value(part, components, depth + 1, name);
                    if (v != null && !isNullType(part)) {
                        return v;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        Schema.SchemaType type = types.stream().filter(t -> t != Schema.SchemaType.NULL).findFirst()
                .orElse(schema.getProperties() != null ? Schema.SchemaType.OBJECT : null);
        if (type == null) {
            return null;
        }
        switch (type) {
            case OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((property, propertySchema) -> {
                        Object v = value(propertySchema, components, depth + 1, property);
                        if (v != null) {
                            object.put(property, v);
                        }
                    });
                }
                return object;
            }
            case ARRAY: {
                List<Object> list = new ArrayList<>();
                Object item = value(schema.getItems(), components, depth + 1, name);
                if (item != null) {
                    list.add(item);
                }
                return list;
            }
            case STRING:
                return string(schema.getFormat(), name);
            case INTEGER:
                return "page".equals(name) ? 0 : 1;
            case NUMBER:
                return 1.0;
            case BOOLEAN:
                return false;
            default:
                return null;
        }
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().size() == 1 && schema.getType().get(0) == Schema.SchemaType.NULL;
    }

    private static String string(String format, String name) {
        if (format != null) {
            switch (format) {
                case "uuid":
                    return "3f2c4b1e-8a6d-4c1f-9e7b-2d5a6c7e8f90";
                case "date-time":
                    return "2026-11-28T09:30:00Z";
                case "date":
                    return "2014-05-02";
                case "uri":
                    return "https://agency.example.org/webhooks/safeguarding";
                default:
                    break;
            }
        }
        if (name == null) {
            return "text";
        }
        String lower = name.toLowerCase();
        if (lower.endsWith("orgid")) {
            return "URN-100001";
        }
        if (lower.equals("upn")) {
            return "B801200005001";
        }
        if (lower.equals("nhsnumber")) {
            return "9434765870";
        }
        return "text";
    }
}
