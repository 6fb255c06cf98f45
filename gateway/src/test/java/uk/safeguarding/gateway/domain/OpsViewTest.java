package uk.safeguarding.gateway.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpsViewTest {

    @ParameterizedTest(name = "{0} kept: {1}")
    @CsvSource({
            "id, true", "status, true", "agencyOrgId, true", "attempts, true", "dueBy, true", "settingOrgId, true",
            "childId, false", "givenName, false", "familyName, false", "lastError, false", "note, false",
            "summary, false", "lastSeenLocation, false", "upn, false", "nhsNumber, false", "policeReference, false",
            "webhookUrl, false", "secret, false", "reportedBy, false"})
    void rowsKeepOnlyOperationalFields(String field, boolean kept) {
        Map<String, Object> row = OpsView.row(Map.of(field, "value"));
        assertThat(row.containsKey(field)).isEqualTo(kept);
    }

    @Test
    void rowsDropNestedValuesAndKeepTheTotal() {
        Map<String, Object> page = OpsView.rows(Map.of("total", 9, "items", List.of(
                Map.of("id", "d1", "status", Map.of("x", 1)), "not-an-object")));
        assertThat(page).containsEntry("total", 9);
        assertThat(page.get("items")).isEqualTo(List.of(Map.of("id", "d1")));
        assertThat(OpsView.rows(List.of(Map.of("id", "x")))).containsEntry("total", 1);
    }

    @Test
    void agenciesListedByNotificationServiceAreKeyedByAgency() {
        Map<String, Object> counts = OpsView.counts(Map.of("byStatus", Map.of("DELIVERED", 3),
                "byAgency", java.util.List.of(
                        Map.of("agencyOrgId", "LA-801", "total", 2, "byStatus", Map.of("DELIVERED", 2)),
                        Map.of("agencyOrgId", "PF-AVS", "total", 1, "byStatus", Map.of("DEAD_LETTERED", 1, "note", "text dropped")))));
        assertThat(counts.get("byAgency")).isEqualTo(Map.of("LA-801", Map.of("DELIVERED", 2), "PF-AVS", Map.of("DEAD_LETTERED", 1)));
    }

    @Test
    void countsKeepNumbersOnly() {
        Map<String, Object> counts = OpsView.counts(Map.of(
                "byStatus", Map.of("DELIVERED", 4, "note", "Jo"),
                "byAgency", Map.of("LA-801", Map.of("DELIVERED", 3)),
                "comment", "free text"));
        assertThat(counts).containsOnlyKeys("byStatus", "byAgency");
        assertThat(counts.get("byStatus")).isEqualTo(Map.of("DELIVERED", 4));
        assertThat(OpsView.counts("not a map")).isEmpty();
    }
}
