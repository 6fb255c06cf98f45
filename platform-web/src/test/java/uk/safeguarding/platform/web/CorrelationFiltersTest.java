package uk.safeguarding.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationFiltersTest {

    @ParameterizedTest(name = "[{0}] kept: {1}")
    @CsvSource(nullValues = "NULL", value = {
            "abcdefgh, true",
            "3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70, true",
            "mis:nightly.run_01, true",
            "abcdefg, false",
            "has space1, false",
            "semi;colon1, false",
            "'', false",
            "NULL, false"})
    void keepsOnlyAWellFormedId(String offered, boolean kept) {
        String id = CorrelationFilters.acceptOrCreate(offered);
        assertThat(id.equals(offered)).isEqualTo(kept);
        assertThat(id).matches("^[A-Za-z0-9._:-]{8,128}$");
    }

    @org.junit.jupiter.api.Test
    void lengthBounds() {
        assertThat(CorrelationFilters.acceptOrCreate("a".repeat(128))).isEqualTo("a".repeat(128));
        assertThat(CorrelationFilters.acceptOrCreate("a".repeat(129))).isNotEqualTo("a".repeat(129));
    }
}
