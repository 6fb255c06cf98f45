package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @ParameterizedTest(name = "UPN {0} valid={1}")
    @CsvSource({
            // the contract's example: Σ = 2·8 + 4·1 + 5·2 + 10·5 + 13·1 = 93; 93 mod 23 = 1 → B
            "B801200005001, true",
            "A801200005001, false",
            "C801200005001, false",
            // temporary UPN ending in a letter: A counts 0 → Σ = 80, 80 mod 23 = 11 → M
            "M80120000500A, true",
            "L80120000500A, false",
            // temporary UPN ending in Z (22): Σ = 80 + 13·22 = 366, 366 mod 23 = 21 → Y
            "Y80120000500Z, true",
            // remainder 0 → A: 2·0 … all zero
            "A000000000000, true",
            // T (16) as a check letter: 2·8 = 16 → T
            "T800000000000, true",
            // letters the table skips are never valid
            "I80120000500A, false",
            "M80120000500I, false",
            "M80120000500O, false",
            "M80120000500S, false",
            // shape
            "B80120000500, false",
            "B8012000050011, false",
            "B80120000X001, false",
            "b801200005001, false",
            "1801200005001, false",
            "'', false"
    })
    void upnCheckLetter(String upn, boolean valid) {
        assertThat(Identifiers.isValidUpn(upn)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "normalised {0} → {1}")
    @CsvSource({"' b80 1200 005001 ', B801200005001", "B801200005001, B801200005001"})
    void upnNormalised(String raw, String normalised) {
        assertThat(Identifiers.normaliseUpn(raw)).isEqualTo(normalised);
        assertThat(Identifiers.isValidUpn(Identifiers.normaliseUpn(raw))).isTrue();
    }

    @ParameterizedTest(name = "NHS {0} valid={1}")
    @CsvSource({
            // the contract's examples: Σ = 308, 308 mod 11 = 0 → 11 → check 0
            "9434765870, true",
            "9434765871, false",
            // Σ = 92, 92 mod 11 = 4 → check 7
            "4010232137, true",
            "4010232138, false",
            // Σ = 10, 10 mod 11 = 10 → check 1
            "1000000001, true",
            // Σ = 12, 12 mod 11 = 1 → 10: no check digit can make it valid
            "0000000060, false",
            "0000000061, false",
            "0000000069, false",
            // shape
            "943476587, false",
            "94347658700, false",
            "943476587A, false",
            "'', false"
    })
    void nhsNumberModulus11(String nhs, boolean valid) {
        assertThat(Identifiers.isValidNhsNumber(nhs)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"'943 476 5870', 9434765870"})
    void nhsNumberWrittenWithSpaces(String raw, String normalised) {
        assertThat(Identifiers.normaliseNhsNumber(raw)).isEqualTo(normalised);
    }
}
