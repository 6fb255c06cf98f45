package uk.safeguarding.gateway.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may reach the operations console (contract: ops views hold no personal data). Rows
 * keep only operational metadata named here (ids of records, organisation ids, codes,
 * statuses, counts, times); anything else a service sends (child ids, names, notes,
 * error texts that might quote a packet) is dropped. Counts keep only numbers.
 */
public final class OpsView {

    static final Set<String> ROW_FIELDS = Set.of(
            "id", "deliveryId", "referralId", "concernId", "episodeId", "eventId",
            "status", "eventType", "packetType", "kind", "channel",
            "agencyOrgId", "recipientOrgId", "recipientType", "agencyType", "settingOrgId",
            "attempts", "attemptCount", "lastStatusCode",
            "riskGrade", "riskLevel", "lawfulBasis", "pendingLink",
            "createdAt", "updatedAt", "lastAttemptAt", "nextAttemptAt", "deadLetteredAt",
            "dueBy", "reportedAt", "returnedAt", "interviewDueBy", "unlinkedSince");

    private OpsView() {
    }

    /** A list page reduced to {total, items} with only the allowed fields of each row. */
    public static Map<String, Object> rows(Object page) {
        Object items = page instanceof Map<?, ?> map ? map.get("items") : page;
        List<Map<String, Object>> rows = new ArrayList<>();
        if (items instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> record) {
                    rows.add(row(record));
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Object total = page instanceof Map<?, ?> map ? map.get("total") : null;
        result.put("total", total instanceof Number ? total : rows.size());
        result.put("items", rows);
        return result;
    }

    static Map<String, Object> row(Map<?, ?> record) {
        Map<String, Object> row = new LinkedHashMap<>();
        record.forEach((key, value) -> {
            if (key instanceof String field && ROW_FIELDS.contains(field)
                    && (value instanceof String || value instanceof Number || value instanceof Boolean)) {
                row.put(field, value);
            }
        });
        return row;
    }

    /** Nested counts (e.g. deliveries by status and by agency): keys with numbers, at most three levels. */
    public static Map<String, Object> counts(Object summary) {
        return counts(summary, 0);
    }

    private static Map<String, Object> counts(Object value, int depth) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (!(value instanceof Map<?, ?> map) || depth > 3) {
            return result;
        }
        map.forEach((key, v) -> {
            if (!(key instanceof String name) || name.length() > 64) {
                return;
            }
            if (v instanceof Number) {
                result.put(name, v);
            } else if (v instanceof List<?> list && depth == 0) {
                // notification-service lists agencies as [{agencyOrgId, total, byStatus}]: keyed by agency here.
                Map<String, Object> keyed = new LinkedHashMap<>();
                for (Object item : list) {
                    if (item instanceof Map<?, ?> entry && entry.get("agencyOrgId") instanceof String agency && agency.length() <= 64) {
                        Map<String, Object> nested = counts(entry.get("byStatus"), depth + 2);
                        if (!nested.isEmpty()) {
                            keyed.put(agency, nested);
                        }
                    }
                }
                if (!keyed.isEmpty()) {
                    result.put(name, keyed);
                }
            } else if (v instanceof Map<?, ?>) {
                Map<String, Object> nested = counts(v, depth + 1);
                if (!nested.isEmpty()) {
                    result.put(name, nested);
                }
            }
        });
        return result;
    }
}
