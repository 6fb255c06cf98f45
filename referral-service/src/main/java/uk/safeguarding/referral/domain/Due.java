package uk.safeguarding.referral.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A due time rule: a fixed number of hours, or of working days. */
public sealed interface Due {

    OffsetDateTime from(OffsetDateTime start, WorkingDayCalendar calendar);

    static Due hours(int hours) {
        return new Hours(hours);
    }

    static Due workingDays(int days) {
        return new WorkingDays(days);
    }

    record Hours(int hours) implements Due {
        @Override
        public OffsetDateTime from(OffsetDateTime start, WorkingDayCalendar calendar) {
            return start.plus(Duration.ofHours(hours)).withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    record WorkingDays(int days) implements Due {
        @Override
        public OffsetDateTime from(OffsetDateTime start, WorkingDayCalendar calendar) {
            return calendar.plusWorkingDays(start, days);
        }
    }
}
