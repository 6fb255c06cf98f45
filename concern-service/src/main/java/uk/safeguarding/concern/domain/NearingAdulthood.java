package uk.safeguarding.concern.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.IsoFields;

/**
 * When a child is announced as nearing 18 ({@code child.nearing-adulthood}), so that the support
 * plan's links to adult services are planned in time (procedure 3.4: support may be needed well
 * into adulthood).
 *
 * <table>
 *   <tr><th>rule</th><th>as implemented</th></tr>
 *   <tr><td>the 18th birthday</td><td>the 18th anniversary of the date of birth; born on 29 February, 1 March in a
 *       common year (as {@link Ages} counts it); an estimated date of birth is used as given</td></tr>
 *   <tr><td>the window opens</td><td>{@value #WINDOW_MONTHS} months before the 18th birthday (exactly: 1 March → 1 September)</td></tr>
 *   <tr><td>the announcement</td><td>on the first day of the calendar quarter in which the window opens (or at once
 *       for a child registered later), and while the child is not yet 18</td></tr>
 * </table>
 *
 * Why the quarter: the event carries only the child's id and setting, but the time it is sent
 * is visible to every consumer of {@code safeguarding.children}. Sent on the day the window
 * opened, it would tell the date of birth to the day; batched by quarter it tells no more than
 * the age band already does plus the quarter. The DCPO and the social worker are prompted 6 to
 * 9 months ahead, which is still the planning time the procedure asks for.
 */
public final class NearingAdulthood {

    public static final int WINDOW_MONTHS = 6;

    private NearingAdulthood() {
    }

    public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
        LocalDate birthday = dateOfBirth.plusYears(18);
        if (MonthDay.from(dateOfBirth).equals(MonthDay.of(Month.FEBRUARY, 29)) && !birthday.isLeapYear()) {
            return LocalDate.of(birthday.getYear(), Month.MARCH, 1);
        }
        return birthday;
    }

    public static LocalDate windowOpens(LocalDate dateOfBirth) {
        return eighteenthBirthday(dateOfBirth).minusMonths(WINDOW_MONTHS);
    }

    /** The first day of the quarter in which the window opens. */
    public static LocalDate announceOn(LocalDate dateOfBirth) {
        LocalDate opens = windowOpens(dateOfBirth);
        return opens.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** Whether a child not yet announced is announced today. */
    public static boolean isDue(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth != null && !today.isBefore(announceOn(dateOfBirth)) && today.isBefore(eighteenthBirthday(dateOfBirth));
    }
}
