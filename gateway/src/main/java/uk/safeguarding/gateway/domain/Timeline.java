package uk.safeguarding.gateway.domain;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A child's timeline: every item of every source that answered, oldest first (a
 * chronology), and the sources that did not answer in {@code incomplete}.
 */
public record Timeline(String childId, List<Map<String, Object>> items, List<String> incomplete) {

    /** The answer of one source: its list items, or a failure. */
    public record Part(TimelineSource source, List<Map<String, Object>> records, boolean failed) {
        public static Part ok(TimelineSource source, List<Map<String, Object>> records) {
            return new Part(source, records, false);
        }

        public static Part failed(TimelineSource source) {
            return new Part(source, List.of(), true);
        }
    }

    public static Timeline merge(String childId, Collection<Part> parts) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (TimelineSource source : TimelineSource.values()) {
            for (Part part : parts) {
                if (part.source() != source) {
                    continue;
                }
                if (part.failed()) {
                    incomplete.add(source.sourceName());
                    continue;
                }
                for (Map<String, Object> record : part.records()) {
                    items.add(item(source, record));
                }
            }
        }
        items.sort(Comparator.comparing((Map<String, Object> i) -> instantOf(i.get("at")),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> TimelineSource.valueOf(sourceKey(i)).ordinal())
                .thenComparing(i -> String.valueOf(i.get("id"))));
        return new Timeline(childId, items, incomplete);
    }

    /** One timeline item: at, source, kind, id, then only the source's allowed, non-free-text fields. */
    static Map<String, Object> item(TimelineSource source, Map<String, Object> record) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("at", naturalTime(source, record));
        item.put("source", source.sourceName());
        item.put("kind", source.kind());
        Object id = record.get("id");
        if (id == null && record.get("eventId") != null) {
            id = record.get("eventId");
        }
        item.put("id", scalar(id) ? id : null);
        for (String field : source.fields()) {
            Object value = record.get(field);
            if (value != null && (scalar(value) || scalarList(value))) {
                item.put(field, value);
            }
        }
        return item;
    }

    static String naturalTime(TimelineSource source, Map<String, Object> record) {
        for (String field : source.timeFields()) {
            Object value = record.get(field);
            if (value instanceof String s && instantOf(s) != null) {
                return s;
            }
        }
        return null;
    }

    private static String sourceKey(Map<String, Object> item) {
        String name = String.valueOf(item.get("source"));
        for (TimelineSource s : TimelineSource.values()) {
            if (s.sourceName().equals(name)) {
                return s.name();
            }
        }
        throw new IllegalStateException("unknown source");
    }

    private static java.time.Instant instantOf(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean scalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static boolean scalarList(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(Timeline::scalar);
    }
}
