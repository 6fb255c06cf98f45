package uk.safeguarding.missing.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SmallNumbersTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} across settings shows {1}; for the setting {2}")
    @CsvSource({
            "0, 0, 0",
            "1, \"<5\", 1",
            "4, \"<5\", 4",
            "5, 5, 5",
            "1234, 1234, 1234"})
    void suppression(long n, String suppressedJson, String exactJson) throws Exception {
        assertThat(JSON.writeValueAsString(SmallNumbers.suppressedBelow(5).count(n))).isEqualTo(suppressedJson);
        assertThat(JSON.writeValueAsString(SmallNumbers.exact().count(n))).isEqualTo(exactJson);
    }
}
