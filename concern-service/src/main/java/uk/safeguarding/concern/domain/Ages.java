package uk.safeguarding.concern.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;

/**
 * Age in whole years. A birthday counts from the start of the day in England; a child born on
 * 29 February turns a year older on 1 March in a common year, as {@link Period} counts it.
 */
public final class Ages {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private Ages() {
    }

    public static int at(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    public static int at(LocalDate dateOfBirth, OffsetDateTime moment) {
        return at(dateOfBirth, moment.atZoneSameInstant(ENGLAND).toLocalDate());
    }
}
