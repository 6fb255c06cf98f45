package uk.safeguarding.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguarding.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One reading of parameters for every service (contract section 3): a bad one is a 400 naming it. */
class ParamsTest {

    enum Colour { RED, GREEN }

    @ParameterizedTest(name = "[{0}] is no UUID")
    @ValueSource(strings = {"nope", "1-1-1-1-1", "3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f7", "3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70x", "3f2a6c1e\u00008d4b"})
    void aMalformedUuidIsA400NamingTheParameter(String value) {
        assertThatThrownBy(() -> Params.requiredUuid("childId", value))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("childId");
                });
    }

    @Test
    void aWellFormedUuidOfEitherCaseReads() {
        UUID id = UUID.randomUUID();
        assertThat(Params.uuid("id", id.toString().toUpperCase())).isEqualTo(id);
        assertThat(Params.uuid("id", " " + id + " ")).isEqualTo(id);
    }

    @Test
    void anAbsentOptionalIsNullAndAnAbsentRequiredIsA400() {
        assertThat(Params.uuid("childId", null)).isNull();
        assertThat(Params.uuid("childId", " ")).isNull();
        assertThatThrownBy(() -> Params.requiredUuid("childId", ""))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("required"));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(nullValues = "NULL", value = {"RED, RED", "GREEN, GREEN", "red, 400", "Red, 400", "BLUE, 400", "NULL, NULL"})
    void enumValuesAreTheirExactNamesAsInBodies(String value, String expected) {
        if ("400".equals(expected)) {
            assertThatThrownBy(() -> Params.enumValue("colour", value, Colour.class))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors().get(0).message()).isEqualTo("must be one of RED, GREEN");
                    });
        } else {
            assertThat(Params.enumValue("colour", value, Colour.class)).isEqualTo(expected == null ? null : Colour.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "date [{0}]")
    @CsvSource({"2014-05-02, true", "2016-02-29, true", "2015-02-29, false", "02/05/2014, false"})
    void datesAreIso8601(String value, boolean ok) {
        if (ok) {
            assertThat(Params.date("from", value)).isEqualTo(LocalDate.parse(value));
        } else {
            assertThatThrownBy(() -> Params.date("from", value)).isInstanceOf(ProblemException.class);
        }
    }

    @ParameterizedTest(name = "bool [{0}]")
    @CsvSource({"true, true", "FALSE, false", "yes, ", "1, "})
    void booleansAreTrueOrFalse(String value, Boolean expected) {
        if (expected == null) {
            assertThatThrownBy(() -> Params.bool("overdue", value)).isInstanceOf(ProblemException.class);
        } else {
            assertThat(Params.bool("overdue", value)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "page={0} size={1} → {2}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL, NULL, 0/50", "0, 1, 0/1", "3, 200, 3/200",
            "-1, 50, page", "0, 0, size", "0, 201, size", "x, 50, page", "0, 1.5, size"})
    void pagingBoundsAtTheirEdges(String page, String size, String expected) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        if (expected.contains("/")) {
            assertThat(request.validated().page() + "/" + request.size()).isEqualTo(expected);
        } else {
            assertThatThrownBy(request::validated).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly(expected));
        }
    }
}
