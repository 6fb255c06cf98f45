package uk.safeguarding.gateway.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(nullValues = "NULL", value = {
            "CONCERNS,         observedAt=2026-01-02T10:00:00Z;createdAt=2026-01-03T10:00:00Z, 2026-01-02T10:00:00Z",
            "CONCERNS,         createdAt=2026-01-03T10:00:00Z,                                 2026-01-03T10:00:00Z",
            "CONCERNS,         observedAt=yesterday;createdAt=2026-01-03T10:00:00Z,            2026-01-03T10:00:00Z",
            "REFERRALS,        createdAt=2026-01-03T10:00:00+01:00;dueBy=2026-01-04T10:00:00Z,   2026-01-03T10:00:00+01:00",
            "MISSING_EPISODES, lastSeenAt=2026-01-01T22:00:00Z;returnedAt=2026-01-02T08:00:00Z, 2026-01-01T22:00:00Z",
            "DISCLOSURES,      at=2026-01-05T09:00:00Z,                                        2026-01-05T09:00:00Z",
            "DISCLOSURES,      seq=4,                                                          NULL"})
    void eachSourceUsesItsNaturalTime(TimelineSource source, String fields, String expected) {
        Map<String, Object> record = new java.util.HashMap<>();
        for (String pair : fields.split(";")) {
            String[] kv = pair.split("=", 2);
            record.put(kv[0], kv[1]);
        }
        assertThat(Timeline.naturalTime(source, record)).isEqualTo(expected);
    }

    @Test
    void keepsOnlyAllowedScalarFields() {
        Map<String, Object> item = Timeline.item(TimelineSource.MISSING_EPISODES, Map.of(
                "id", "m1", "lastSeenAt", "2026-01-01T22:00:00Z", "status", "RETURNED", "riskGrade", "HIGH",
                "lastSeenLocation", "the park", "circumstances", "text", "childId", "c1",
                "settingOrgId", Map.of("nested", "object")));
        assertThat(item).containsOnlyKeys("at", "source", "kind", "id", "status", "riskGrade");
        Map<String, Object> disclosure = Timeline.item(TimelineSource.DISCLOSURES, Map.of(
                "eventId", "e1", "at", "2026-01-05T09:00:00Z", "fieldsDisclosed", List.of("CONCERN"), "hash", "ab"));
        assertThat(disclosure).containsEntry("id", "e1").containsEntry("fieldsDisclosed", List.of("CONCERN"))
                .doesNotContainKey("hash");
    }

    @Test
    void mergesOldestFirstComparingInstantsAcrossOffsetsAndListsFailedSourcesInOrder() {
        Timeline timeline = Timeline.merge("c1", List.of(
                Timeline.Part.failed(TimelineSource.DISCLOSURES),
                Timeline.Part.ok(TimelineSource.REFERRALS, List.of(Map.of("id", "r1", "createdAt", "2026-01-03T10:30:00+01:00"))),
                Timeline.Part.ok(TimelineSource.CONCERNS, List.of(
                        Map.of("id", "c-late", "observedAt", "2026-01-03T10:00:00Z"),
                        Map.of("id", "c-undated"),
                        Map.of("id", "c-early", "observedAt", "2026-01-01T00:00:00Z"))),
                Timeline.Part.failed(TimelineSource.MISSING_EPISODES)));
        assertThat(timeline.items()).extracting(i -> i.get("id")).containsExactly("c-early", "r1", "c-late", "c-undated");
        assertThat(timeline.incomplete()).containsExactly("missing-episodes", "disclosures");
    }
}
