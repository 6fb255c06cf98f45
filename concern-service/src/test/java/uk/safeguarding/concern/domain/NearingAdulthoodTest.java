package uk.safeguarding.concern.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The nearing-adulthood table, boundaries included: exactly six months before, 29 February, quarter edges. */
class NearingAdulthoodTest {

    @ParameterizedTest(name = "born {0}: 18 on {1}, window opens {2}, announced {3}")
    @CsvSource({
            "2009-06-15, 2027-06-15, 2026-12-15, 2026-10-01",
            // 29 February: 18 on 1 March (18 years after a leap year is always a common year), the window six months before
            "2008-02-29, 2026-03-01, 2025-09-01, 2025-07-01",
            "2012-02-29, 2030-03-01, 2029-09-01, 2029-07-01",
            // the end of a month: six months before 31 August is 28 (or 29) February
            "2009-08-31, 2027-08-31, 2027-02-28, 2027-01-01",
            "2010-08-31, 2028-08-31, 2028-02-29, 2028-01-01",
            // quarter edges: a window opening on 31 March is announced on 1 January, on 1 April on 1 April
            "2009-09-30, 2027-09-30, 2027-03-30, 2027-01-01",
            "2009-10-01, 2027-10-01, 2027-04-01, 2027-04-01",
    })
    void theDates(LocalDate born, LocalDate eighteen, LocalDate opens, LocalDate announced) {
        assertThat(NearingAdulthood.eighteenthBirthday(born)).isEqualTo(eighteen);
        assertThat(NearingAdulthood.windowOpens(born)).isEqualTo(opens);
        assertThat(NearingAdulthood.announceOn(born)).isEqualTo(announced);
    }

    @ParameterizedTest(name = "born {0}, today {1}: due {2}")
    @CsvSource({
            // the day before the quarter of the window: not yet; its first day: due
            "2009-06-15, 2026-09-30, false",
            "2009-06-15, 2026-10-01, true",
            // exactly six months before the 18th birthday: due
            "2009-06-15, 2026-12-15, true",
            // the day before the 18th birthday: still due; the birthday itself: an adult, never
            "2009-06-15, 2027-06-14, true",
            "2009-06-15, 2027-06-15, false",
            // 29 February: still a child on 28 February of a common year, an adult on 1 March
            "2008-02-29, 2026-02-28, true",
            "2008-02-29, 2026-03-01, false",
            "2008-02-29, 2025-06-30, false",
            "2008-02-29, 2025-07-01, true",
            // a young child: never
            "2015-01-01, 2026-12-01, false",
    })
    void whenDue(LocalDate born, LocalDate today, boolean due) {
        assertThat(NearingAdulthood.isDue(born, today)).isEqualTo(due);
    }

    @Test
    void noDateOfBirthIsNeverDue() {
        assertThat(NearingAdulthood.isDue(null, LocalDate.of(2026, 12, 1))).isFalse();
    }
}
