package uk.safeguarding.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one If-Match rule (contract section 3): a stale one is a 412, in every service. */
class IfMatchTest {

    @ParameterizedTest(name = "If-Match [{0}] against \"3\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | ok", "'' | ok", "* | ok", "\"3\" | ok", "W/\"3\" | ok", "3 | ok", "\"2\", \"3\" | ok",
            "\"2\" | 412", "\"33\" | 412", "W/\"4\" | 412", "garbage | 412"})
    void checkMatchesTheCurrentVersionOnly(String ifMatch, String expected) {
        if (expected.equals("ok")) {
            assertThatCode(() -> IfMatch.check(ifMatch, IfMatch.etag(3))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> IfMatch.check(ifMatch, IfMatch.etag(3)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
        }
    }

    @Test
    void requireRefusesAnUpdateWithoutIfMatch() {
        assertThatThrownBy(() -> IfMatch.require(null, IfMatch.etag(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatCode(() -> IfMatch.require("\"1\"", IfMatch.etag(1))).doesNotThrowAnyException();
    }

    @Test
    void anUnquotedCurrentTagComparesTheSame() {
        assertThatCode(() -> IfMatch.check("\"7\"", "7")).doesNotThrowAnyException();
    }
}
