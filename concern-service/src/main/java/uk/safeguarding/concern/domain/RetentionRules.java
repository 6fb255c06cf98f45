package uk.safeguarding.concern.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * How long a child's records are kept (contract 12), and what holds them longer.
 *
 * <ul>
 *   <li>A child whose setting is a school: the school child-protection file, kept until the
 *       25th birthday ({@link Basis#SCHOOL_FILE_25TH_BIRTHDAY}).</li>
 *   <li>A child placed in a children's home (the setting or the residence is one): the home's
 *       case record (Children's Homes (England) Regulations 2015, reg. 36), kept 75 years from
 *       birth ({@link Basis#CHILDRENS_HOME_CASE_RECORD_75_YEARS}). The longer period wins.</li>
 * </ul>
 * Born on 29 February: in a year without one the anniversary is 1 March, the day on which the
 * law of England and Wales holds the age attained (records are kept through 28 February).
 * An estimated date of birth ({@code dateOfBirthEstimated}) counts as given: it is the best the
 * setting knows, and an age in dispute is resolved by updating the child's record.
 * The records are due for erasure on the day after {@code eraseAfter}, unless a legal hold stands.
 */
public final class RetentionRules {

    public enum Basis {
        SCHOOL_FILE_25TH_BIRTHDAY(25),
        CHILDRENS_HOME_CASE_RECORD_75_YEARS(75);

        private final int years;

        Basis(int years) {
            this.years = years;
        }

        public int years() {
            return years;
        }
    }

    /** What holds records beyond {@code eraseAfter}. */
    public enum HoldKind {
        /** A police referral answered INVESTIGATION_OPENED, while the concern is not closed. */
        POLICE_INVESTIGATION,
        /** A support plan names a court date today or ahead. */
        COURT_DATE
    }

    /** A hold as recorded: {@code concernClosed} for an investigation, {@code until} (the last court date) for a court date. */
    public record Hold(HoldKind kind, boolean concernClosed, LocalDate until) {
    }

    public record Retention(LocalDate eraseAfter, Basis basis) {
    }

    private RetentionRules() {
    }

    public static Retention retention(LocalDate dateOfBirth, boolean placedInChildrensHome) {
        Basis basis = placedInChildrensHome ? Basis.CHILDRENS_HOME_CASE_RECORD_75_YEARS : Basis.SCHOOL_FILE_25TH_BIRTHDAY;
        return new Retention(anniversary(dateOfBirth, basis.years()), basis);
    }

    /** The {@code years}th birthday; a 29 February birthday falls on 1 March in a common year. */
    public static LocalDate anniversary(LocalDate dateOfBirth, int years) {
        LocalDate plain = dateOfBirth.plusYears(years);
        boolean leapDay = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        return leapDay && !plain.isLeapYear() ? LocalDate.of(plain.getYear(), Month.MARCH, 1) : plain;
    }

    /** Whether a hold stands on {@code today}. */
    public static boolean stands(Hold hold, LocalDate today) {
        return switch (hold.kind()) {
            case POLICE_INVESTIGATION -> !hold.concernClosed();
            case COURT_DATE -> hold.until() != null && !hold.until().isBefore(today);
        };
    }

    public static List<Hold> standing(List<Hold> holds, LocalDate today) {
        return holds.stream().filter(h -> stands(h, today)).toList();
    }

    /** Due for erasure on {@code today}: past {@code eraseAfter} and no hold stands. */
    public static boolean due(Retention retention, List<Hold> holds, LocalDate today) {
        return today.isAfter(retention.eraseAfter()) && standing(holds, today).isEmpty();
    }

    /** The earliest date of birth that can be due by {@code date}: the shortest retention is 25 years. */
    public static LocalDate latestBirthDueBy(LocalDate date) {
        return date.minusYears(Basis.SCHOOL_FILE_25TH_BIRTHDAY.years()).minusDays(1);
    }
}
