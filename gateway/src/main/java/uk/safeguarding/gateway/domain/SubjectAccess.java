package uk.safeguarding.gateway.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subject access bundle (UK GDPR art. 15; contract 12): what every service holds about a child,
 * each part as the caller may see it there, with every disclosure of the child. Information about
 * other people is withheld (art. 15(4); DPA 2018 Sch. 2 para. 16) by the table below, and each
 * withholding is listed in {@code withheld} so the bundle says what it left out and why.
 */
public final class SubjectAccess {

    /** Where a part of the bundle comes from; every list is read in full, page by page. */
    public enum Source {
        CONCERNS("concerns", Upstream.CONCERN, "/api/concerns"),
        REFERRALS("referrals", Upstream.REFERRAL, "/api/referrals"),
        MISSING_EPISODES("missingEpisodes", Upstream.MISSING, "/api/missing-episodes"),
        SUPPORT_PLANS("supportPlans", Upstream.REFERRAL, "/api/support-plans"),
        DISCLOSURES("disclosures", Upstream.NOTIFICATION, "/api/disclosures");

        private final String part;
        private final Upstream upstream;
        private final String listPath;

        Source(String part, Upstream upstream, String listPath) {
            this.part = part;
            this.upstream = upstream;
            this.listPath = listPath;
        }

        public String part() {
            return part;
        }

        public Upstream upstream() {
            return upstream;
        }

        public String listPath() {
            return listPath;
        }
    }

    /**
     * One rule: in records of {@code source}, the field {@code field} is about other people. A service that
     * withholds it itself (the auditor's read of concerns) answers only how many items it held, in {@code countField}.
     */
    public record Withholding(Source source, String field, String countField, String reason) {
    }

    public static final String THIRD_PARTY = "information about other people (third-party data): withheld under UK GDPR "
            + "art. 15(4) and DPA 2018 Sch. 2 para. 16; the police of a force it was referred to hold it";

    /** The third-party data table: intelligence names or describes adults, vehicles and places, not the child. */
    public static final List<Withholding> WITHHOLDINGS = List.of(
            new Withholding(Source.CONCERNS, "intelligence", "intelligenceItemsWithheld", THIRD_PARTY));

    /** What was withheld from one record. */
    public record Withheld(String source, String recordId, String field, int items, String reason) {
    }

    /** The list of one source as answered: {@code ok=false} when it failed or refused. */
    public record Part(Source source, boolean ok, List<Map<String, Object>> records) {
        public static Part failed(Source source) {
            return new Part(source, false, List.of());
        }
    }

    private SubjectAccess() {
    }

    /** The bundle, {child, concerns, referrals, missingEpisodes, supportPlans, disclosures, withheld, incomplete, generatedAt}. */
    public static Map<String, Object> bundle(Map<String, Object> child, List<Part> parts, OffsetDateTime generatedAt) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("child", child);
        List<Withheld> withheld = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Source source : Source.values()) {
            Part part = parts.stream().filter(p -> p.source() == source).findFirst().orElse(Part.failed(source));
            if (!part.ok()) {
                incomplete.add(source.part());
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (Map<String, Object> record : part.records()) {
                records.add(withhold(source, record, withheld));
            }
            bundle.put(source.part(), records);
        }
        bundle.put("withheld", withheld);
        bundle.put("incomplete", incomplete);
        bundle.put("generatedAt", generatedAt.toString());
        return bundle;
    }

    static Map<String, Object> withhold(Source source, Map<String, Object> record, List<Withheld> withheld) {
        Map<String, Object> copy = new LinkedHashMap<>(record);
        for (Withholding rule : WITHHOLDINGS) {
            if (rule.source() != source || !(copy.containsKey(rule.field()) || copy.containsKey(rule.countField()))) {
                continue;
            }
            int items = count(copy.remove(rule.field()));
            if (copy.remove(rule.countField()) instanceof Number counted) {
                items += counted.intValue();
            }
            if (items > 0) {
                withheld.add(new Withheld(source.part(), String.valueOf(record.get("id")), rule.field(), items, rule.reason()));
            }
        }
        return copy;
    }

    /** How many items a withheld value held (a list's length, or the lengths of an object's lists). */
    static int count(Object value) {
        if (value instanceof List<?> list) {
            return list.size();
        }
        if (value instanceof Map<?, ?> map) {
            int n = 0;
            for (Object v : map.values()) {
                n += v instanceof List<?> l ? l.size() : v == null ? 0 : 1;
            }
            return n;
        }
        return value == null ? 0 : 1;
    }
}
