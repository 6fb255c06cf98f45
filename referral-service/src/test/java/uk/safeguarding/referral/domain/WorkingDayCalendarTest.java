package uk.safeguarding.referral.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales(ZoneId.of("Europe/London"));

    @ParameterizedTest(name = "{0} + {1} working day(s) = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-30T10:00:00Z | 1 | 2026-12-01T10:00:00Z | Monday to Tuesday, same time
            2026-11-27T15:00:00Z | 1 | 2026-11-30T15:00:00Z | Friday afternoon: the weekend does not count
            2026-11-27T15:00:00Z | 2 | 2026-12-01T15:00:00Z | two working days over a weekend
            2026-11-28T10:00:00Z | 1 | 2026-12-01T00:00:00Z | Saturday: the clock starts Monday, due by the end of Monday
            2026-11-29T23:59:00Z | 1 | 2026-12-01T00:00:00Z | late on Sunday: the same
            2026-11-30T00:00:00Z | 1 | 2026-12-01T00:00:00Z | the very start of Monday: by its end
            2026-11-30T23:30:00Z | 1 | 2026-12-01T23:30:00Z | late on Monday
            2026-12-24T12:00:00Z | 1 | 2026-12-29T12:00:00Z | Christmas Eve 2026: Christmas (Fri), weekend and Boxing Day substitute (Mon 28th)
            2026-04-02T08:00:00Z | 1 | 2026-04-07T08:00:00Z | Maundy Thursday 09:00 BST: Good Friday and Easter Monday skipped
            2025-12-26T11:00:00Z | 1 | 2025-12-30T00:00:00Z | on Boxing Day 2025 (a Friday): the clock starts Monday 29th
            2026-03-27T18:00:00Z | 1 | 2026-03-30T17:00:00Z | over the change to summer time: 18:00 local stays 18:00 local (BST)
            2026-10-23T17:00:00Z | 1 | 2026-10-26T18:00:00Z | over the change back: 18:00 BST stays 18:00 local (GMT)
            2027-12-24T09:00:00Z | 1 | 2027-12-29T09:00:00Z | Christmas 2027: two substitute days (Mon 27th, Tue 28th)
            2028-01-01T10:00:00Z | 1 | 2028-01-05T00:00:00Z | New Year 2028 on a Saturday: substitute Monday 3rd, clock starts Tuesday
            2025-05-02T16:00:00Z | 1 | 2025-05-06T16:00:00Z | early May bank holiday 2025 (5th) skipped (16:00 Z is 17:00 BST both days)
            2028-08-25T09:00:00Z | 1 | 2028-08-29T09:00:00Z | summer bank holiday 2028 (28th) skipped
            """)
    void plusWorkingDays(String start, int days, String expected, String why) {
        assertThat(CALENDAR.plusWorkingDays(OffsetDateTime.parse(start), days)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-30 | true  | an ordinary Monday
            2026-11-28 | false | a Saturday
            2026-11-29 | false | a Sunday
            2026-12-28 | false | substitute Boxing Day
            2027-03-26 | false | Good Friday 2027
            2027-03-25 | true  | the Thursday before
            2028-01-03 | false | substitute New Year's Day
            2029-12-25 | true  | outside the data: only weekends are known
            2024-12-25 | true  | outside the data: only weekends are known
            """)
    void workingDays(LocalDate date, boolean working, String why) {
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
    }

    static List<LocalDate> listedHolidays() throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                WorkingDayCalendarTest.class.getClassLoader().getResourceAsStream(WorkingDayCalendar.ENGLAND_AND_WALES),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> LocalDate.parse(l.split("\\s+")[0])).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("listedHolidays")
    void everyListedBankHolidayIsAWeekdayAndNotWorked(LocalDate holiday) {
        assertThat(holiday.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(CALENDAR.isBankHoliday(holiday)).isTrue();
        assertThat(CALENDAR.isWorkingDay(holiday)).isFalse();
        assertThat(CALENDAR.covers(holiday)).isTrue();
    }

    @Test
    void eightBankHolidaysInEachYearCovered() throws Exception {
        Map<Integer, Long> perYear = listedHolidays().stream().collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));
        assertThat(perYear).containsOnlyKeys(2025, 2026, 2027, 2028).allSatisfy((year, count) -> assertThat(count).isEqualTo(8L));
        assertThat(CALENDAR.covers(LocalDate.of(2029, 1, 1))).isFalse();
    }

    @Test
    void zeroDaysIsRefused() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(OffsetDateTime.parse("2026-11-30T10:00:00Z"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
