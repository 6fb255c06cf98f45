package uk.safeguarding.concern.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymisedSummaryTest {

    @Test
    void holdsExactlyTheContractsFields() {
        assertThat(Arrays.stream(AnonymisedSummary.class.getRecordComponents()).map(c -> c.getName())).containsExactly(
                "ageBand", "gender", "indicatorCodes", "vulnerabilityCategories", "riskLevel", "localAuthorityOrgId", "month",
                "anonymisedNarrative");
    }

    @ParameterizedTest(name = "born {0}, observed {1} → {2} in {3}")
    @CsvSource({
            "2014-05-02, 2026-11-28T09:30:00Z, 10-12, 2026-11",
            "2013-05-02, 2026-05-02T09:30:00Z, 13-15, 2026-05",
            "2010-01-01, 2026-06-30T23:30:00Z, 16-17, 2026-07",
            "2010-01-01, 2026-01-31T23:30:00Z, 16-17, 2026-01",
            "2020-01-01, 2026-01-01T00:00:00Z, 0-9, 2026-01",
            "2006-01-01, 2026-01-01T00:00:00Z, 18+, 2026-01",
    })
    void ageBandAndMonthAtTheObservation(LocalDate born, OffsetDateTime observed, String band, String month) {
        AnonymisedSummary s = AnonymisedSummary.of(born, observed, Gender.FEMALE, List.of("REL_OLDER_PARTNER", "HEALTH_PREGNANCY"),
                EnumSet.of(Vulnerability.MIGRANT, Vulnerability.GANG_INVOLVEMENT), RiskLevel.HIGH, "LA-801", "narrative");
        assertThat(s.ageBand()).isEqualTo(band);
        assertThat(s.month()).isEqualTo(month);
        assertThat(s.indicatorCodes()).containsExactly("HEALTH_PREGNANCY", "REL_OLDER_PARTNER");
        assertThat(s.vulnerabilityCategories()).containsExactly(Vulnerability.MIGRANT, Vulnerability.GANG_INVOLVEMENT);
        assertThat(s.localAuthorityOrgId()).isEqualTo("LA-801");
        assertThat(s.anonymisedNarrative()).isEqualTo("narrative");
        assertThat(s.gender()).isEqualTo(Gender.FEMALE);
        assertThat(s.riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void withoutNarrative() {
        AnonymisedSummary s = AnonymisedSummary.of(LocalDate.of(2014, 5, 2), OffsetDateTime.parse("2026-11-28T09:30:00Z"),
                Gender.MALE, List.of(), Set.of(), RiskLevel.MEDIUM, null, null);
        assertThat(s.anonymisedNarrative()).isNull();
        assertThat(s.indicatorCodes()).isEmpty();
    }
}
