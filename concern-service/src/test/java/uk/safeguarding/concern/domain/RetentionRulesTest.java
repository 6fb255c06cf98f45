package uk.safeguarding.concern.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.concern.domain.RetentionRules.Hold;
import uk.safeguarding.concern.domain.RetentionRules.HoldKind;
import uk.safeguarding.concern.domain.RetentionRules.Retention;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionRulesTest {

    @ParameterizedTest(name = "born {0}, home {1} → kept until {2} ({3})")
    @CsvSource({
            "2012-03-14, false, 2037-03-14, SCHOOL_FILE_25TH_BIRTHDAY",
            "2012-03-14, true,  2087-03-14, CHILDRENS_HOME_CASE_RECORD_75_YEARS",
            // 29 February: 1 March in a common year, 29 February in a leap year.
            "2004-02-29, false, 2029-03-01, SCHOOL_FILE_25TH_BIRTHDAY",
            "2008-02-29, true,  2083-03-01, CHILDRENS_HOME_CASE_RECORD_75_YEARS",
            "2003-02-28, false, 2028-02-28, SCHOOL_FILE_25TH_BIRTHDAY",
            "2000-02-29, false, 2025-03-01, SCHOOL_FILE_25TH_BIRTHDAY",
            "2012-12-31, false, 2037-12-31, SCHOOL_FILE_25TH_BIRTHDAY"})
    void erase_after_by_setting_type(String born, boolean home, String eraseAfter, RetentionRules.Basis basis) {
        assertThat(RetentionRules.retention(LocalDate.parse(born), home)).isEqualTo(new Retention(LocalDate.parse(eraseAfter), basis));
    }

    @Test
    void a_leap_day_anniversary_in_a_leap_year_stays_on_29_february() {
        assertThat(RetentionRules.anniversary(LocalDate.of(2004, 2, 29), 4)).isEqualTo(LocalDate.of(2008, 2, 29));
        assertThat(RetentionRules.anniversary(LocalDate.of(2004, 2, 29), 1)).isEqualTo(LocalDate.of(2005, 3, 1));
    }

    @ParameterizedTest(name = "born 2004-02-29, on {0}: due {1}")
    @CsvSource({"2029-02-28, false", "2029-03-01, false", "2029-03-02, true"})
    void a_leap_day_child_is_due_the_day_after_1_march(String today, boolean due) {
        Retention r = RetentionRules.retention(LocalDate.of(2004, 2, 29), false);
        assertThat(RetentionRules.due(r, List.of(), LocalDate.parse(today))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} closed={1} until={2} on {3}: stands {4}")
    @CsvSource(nullValues = "NONE", value = {
            "POLICE_INVESTIGATION, false, NONE,       2040-01-01, true",
            "POLICE_INVESTIGATION, true,  NONE,       2040-01-01, false",
            "COURT_DATE,           false, 2040-01-01, 2039-12-31, true",
            "COURT_DATE,           false, 2040-01-01, 2040-01-01, true",
            "COURT_DATE,           false, 2040-01-01, 2040-01-02, false",
            "COURT_DATE,           false, NONE,       2040-01-02, false"})
    void holds_and_when_they_end(HoldKind kind, boolean closed, LocalDate until, LocalDate today, boolean stands) {
        assertThat(RetentionRules.stands(new Hold(kind, closed, until), today)).isEqualTo(stands);
    }

    @Test
    void a_standing_hold_keeps_records_past_erase_after_and_its_end_releases_them() {
        Retention r = RetentionRules.retention(LocalDate.of(2000, 5, 1), false);
        Hold court = new Hold(HoldKind.COURT_DATE, false, LocalDate.of(2026, 6, 1));
        assertThat(RetentionRules.due(r, List.of(court), LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(RetentionRules.due(r, List.of(court), LocalDate.of(2026, 6, 2))).isTrue();
    }

    @Test
    void the_earliest_birth_that_can_be_due() {
        LocalDate by = LocalDate.of(2026, 12, 1);
        LocalDate latest = RetentionRules.latestBirthDueBy(by);
        assertThat(RetentionRules.due(RetentionRules.retention(latest, false), List.of(), by)).isTrue();
        assertThat(RetentionRules.due(RetentionRules.retention(latest.plusDays(1), false), List.of(), by)).isFalse();
    }
}
