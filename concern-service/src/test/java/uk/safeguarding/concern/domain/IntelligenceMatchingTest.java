package uk.safeguarding.concern.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IntelligenceMatchingTest {

    private static final UUID CHILD_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID CHILD_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID CHILD_C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @ParameterizedTest(name = "[{0}] and [{1}], partial {2}/{3} → match {4}")
    @CsvSource(delimiter = '|', value = {
            // the same plate typed differently
            "KX67 PLT    | kx67plt     | false | false | true",
            "' kx67 plt '| KX67PLT     | false | false | true",
            "KX 67 P L T | kx67 plt    | false | false | true",
            "A123 BCD    | a123bcd     | false | false | true",   // prefix format
            "ABC 123D    | abc123d     | false | false | true",   // suffix format
            "1 ABC       | 1abc        | false | false | true",   // dateless
            // different plates
            "KX67 PLT    | KX67 PLJ    | false | false | false",
            // partial plates never match on their own, not even the same letters
            "KX67        | KX67        | true  | true  | false",
            "KX67 PLT    | KX67 PLT    | true  | false | false",
            // unverified (fits no UK format) never matches
            "NOT A PLATE 99 | NOT A PLATE 99 | false | false | false",
            "KX67-PLT    | KX67-PLT    | false | false | false",
            "QX67 PLT    | QX67 PLT    | false | false | false"})  // Q is never a memory tag: unverified
    void vehiclesMatchOnTheWholeVerifiedRegistration(String a, String b, boolean partialA, boolean partialB, boolean match) {
        var va = IntelligenceMatching.vehicle(a, partialA);
        var vb = IntelligenceMatching.vehicle(b, partialB);
        assertThat(va.isPresent() && vb.isPresent() && va.get().equals(vb.get())).isEqualTo(match);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(nullValues = "NULL", value = {
            "kx67 plt, KX67PLT",
            "KX67PLT, KX67PLT",
            "KX67 PL, NULL",         // fits no format: unverified
            "KX67, KX67",            // fits the dateless format: whole unless marked partial
            "'   ', NULL",
            "NULL, NULL"})
    void vehicleMatchValues(String reg, String normalised) {
        assertThat(IntelligenceMatching.vehicle(reg, false).map(IntelligenceMatching.MatchValue::normalised).orElse(null)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "[{0}] and [{1}] → match {2}")
    @CsvSource(delimiter = '|', value = {
            "Dex               | dex                | true",
            "John Smith        | john  smith        | true",
            "' JOHN SMITH '    | John Smith         | true",
            "JohnSmith         | john smith         | true",
            "John\u00a0Smith   | John Smith         | true",   // a non-breaking space is a space
            "Jose\u0301        | José               | true",   // decomposed and composed accents are one letter
            "John Smith        | Jon Smith          | false",
            "John Smith        | John Smyth         | false",
            "Unknown           | unknown            | false",  // placeholders never match
            "N/A               | n/a                | false",
            "'   '             | '   '              | false"})
    void namesMatchWhateverTheCaseAndSpacing(String a, String b, boolean match) {
        var va = IntelligenceMatching.person(a);
        var vb = IntelligenceMatching.person(b);
        assertThat(va.isPresent() && vb.isPresent() && va.get().equals(vb.get())).isEqualTo(match);
    }

    @Test
    void aNameNeverEqualsAPlate() {
        var plate = IntelligenceMatching.vehicle("AB12CDE", false).orElseThrow();
        var name = IntelligenceMatching.person("ab12cde").orElseThrow();
        assertThat(plate.keyInput()).isNotEqualTo(name.keyInput());
        assertThat(plate.toString()).doesNotContain("AB12CDE");
    }

    @Test
    void aNameIsShownAsFirstWrittenWithItsSpacesTidied() {
        assertThat(IntelligenceMatching.displayName("  John   Smith ")).isEqualTo("John Smith");
    }

    @ParameterizedTest(name = "{0} → match {1}")
    @CsvSource(delimiter = '|', value = {
            "A         | false",   // one concern
            "A,A       | false",   // the same child twice is no match
            "A,A,A     | false",
            "A,B       | true",
            "A,A,B     | true",
            "A,B,C     | true",
            "''        | false"})
    void twoOrMoreDifferentChildrenMakeAMatch(String childrenOfConcerns, boolean match) {
        List<IntelligenceMatching.Holder> holders = Arrays.stream(childrenOfConcerns.split(",")).filter(s -> !s.isBlank())
                .map(c -> new IntelligenceMatching.Holder(UUID.randomUUID(), switch (c.strip()) {
                    case "A" -> CHILD_A;
                    case "B" -> CHILD_B;
                    default -> CHILD_C;
                })).toList();
        assertThat(IntelligenceMatching.isMatch(holders)).isEqualTo(match);
    }
}
