package uk.safeguarding.notification.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 8785 (JSON Canonicalization Scheme) examples and Appendix B number vectors. */
class JcsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void rfc8785_section_3_2_2_primitives() throws Exception {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(Jcs.canonicalize(mapper.readTree(input))).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc8785_section_3_2_3_sorts_by_utf16_code_units() throws Exception {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        String canonical = Jcs.canonicalize(mapper.readTree(input));
        assertThat(canonical).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void nested_structures_lose_white_space_and_keep_array_order() throws Exception {
        assertThat(Jcs.canonicalize(mapper.readTree("{ \"b\" : [ 3 , {\"z\":1, \"a\":[ ]} ], \"a\" : { } }")))
                .isEqualTo("{\"a\":{},\"b\":[3,{\"a\":[],\"z\":1}]}");
    }

    @Test
    void control_characters_use_lower_case_unicode_escapes() throws Exception {
        assertThat(Jcs.canonicalize(mapper.readTree("\"\\u0001\\b\\t\\u001f\\u007f\""))).isEqualTo("\"\\u0001\\b\\t\\u001f\u007f\"");
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"
    })
    void appendix_b_numbers(String ieee754, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));
        assertThat(Jcs.number(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void nan_and_infinity_are_refused(String ieee754) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));
        assertThatThrownBy(() -> Jcs.number(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "-1, -1", "4.5, 4.5", "0.1, 0.1", "100, 100", "1e21, 1e+21", "123456789012345680000, 123456789012345680000",
            "0.0000001, 1e-7", "1.5e-7, 1.5e-7"})
    void common_numbers(double value, String expected) {
        assertThat(Jcs.number(value)).isEqualTo(expected);
    }
}
