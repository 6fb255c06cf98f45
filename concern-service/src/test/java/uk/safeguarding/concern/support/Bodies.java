package uk.safeguarding.concern.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies as maps, so a test can drop, break or add a field. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> child(String setting) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("givenName", "Alice");
        b.put("familyName", "Smith-" + UUID.randomUUID().toString().substring(0, 8));
        b.put("dateOfBirth", "2012-05-02");
        b.put("dateOfBirthEstimated", false);
        b.put("gender", "FEMALE");
        b.put("settingOrgId", setting);
        b.put("lookedAfter", false);
        b.put("vulnerabilities", List.of());
        return b;
    }

    /** A child of the given age in years today (birthday a month ago). */
    public static Map<String, Object> childAged(String setting, int years) {
        Map<String, Object> b = child(setting);
        b.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(years).minusMonths(1).toString());
        return b;
    }

    public static Map<String, Object> concern(UUID childId, String... indicators) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("childId", childId.toString());
        b.put("observedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString());
        b.put("summary", "Seen getting into a car with an unknown adult after school");
        b.put("indicators", List.of(indicators));
        return b;
    }

    public static Map<String, Object> factors(String... trueFactors) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String name : trueFactors) {
            f.put(name, true);
        }
        return f;
    }

    public static Map<String, Object> decision(String outcome, boolean cse) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("outcome", outcome);
        b.put("rationale", "Indicators and the child's account meet the threshold");
        b.put("cseSuspected", cse);
        b.put("consent", Map.of("status", "NOT_SOUGHT", "reason", "seeking consent would place the child at risk"));
        return b;
    }
}
