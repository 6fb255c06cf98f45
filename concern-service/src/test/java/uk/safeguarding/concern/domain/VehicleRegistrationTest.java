package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleRegistrationTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            "'ab51 abc', AB51ABC, CURRENT",
            "' LB07  SEO ', LB07SEO, CURRENT",
            "YY26ZZZ, YY26ZZZ, CURRENT",
            // I, Q and Z are not used in the first two letters, I and Q not in the last three
            "ZA51ABC, ZA51ABC, ",
            "AI51ABC, AI51ABC, ",
            "AB51ABI, AB51ABI, ",
            "AB51QBC, AB51QBC, ",
            // 1983–2001 prefix marks
            "A123BCD, A123BCD, PREFIX",
            "P7ABC, P7ABC, PREFIX",
            "m 999 xyz, M999XYZ, PREFIX",
            // 1963–1983 suffix marks
            "ABC123D, ABC123D, SUFFIX",
            "'xyz 1 m', XYZ1M, SUFFIX",
            // dateless marks
            "AB1234, AB1234, DATELESS",
            "1234AB, 1234AB, DATELESS",
            "A1, A1, DATELESS",
            // fits nothing
            "ABCDEFGH, ABCDEFGH, ",
            "AB51AB, AB51AB, ",
            "AB-51-ABC, AB-51-ABC, "
    })
    void normalisedAndFormat(String raw, String normalised, String format) {
        String n = VehicleRegistration.normalise(raw);
        assertThat(n).isEqualTo(normalised);
        assertThat(VehicleRegistration.formatOf(n).map(Enum::name).orElse(null)).isEqualTo(format);
        assertThat(VehicleRegistration.unverified(n, false)).isEqualTo(format == null);
    }

    @ParameterizedTest(name = "reg {0} partial {1} → unverified {2}")
    @CsvSource({
            "AB51ABC, false, false",
            "AB51ABC, true, true",
            "AB51, true, true",
            // a partial mark may look like a dateless one: only the partial flag tells
            "AB51, false, false",
            ", false, false",
            ", true, false"
    })
    void unverifiedFlag(String reg, boolean partial, boolean unverified) {
        assertThat(VehicleRegistration.unverified(VehicleRegistration.normalise(reg), partial)).isEqualTo(unverified);
    }
}
