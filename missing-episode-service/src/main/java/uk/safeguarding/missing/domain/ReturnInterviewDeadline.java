package uk.safeguarding.missing.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/** A return interview must be offered within 72 hours of the child's return (configurable for tests). */
public final class ReturnInterviewDeadline {

    private final Duration deadline;

    public ReturnInterviewDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public OffsetDateTime dueBy(OffsetDateTime returnedAt) {
        return returnedAt == null ? null : returnedAt.plus(deadline);
    }

    /** Offered at or before the due time. */
    public boolean offeredInTime(OffsetDateTime returnedAt, OffsetDateTime offeredAt) {
        return returnedAt != null && offeredAt != null && !offeredAt.isAfter(dueBy(returnedAt));
    }

    /** Not offered in time, and the time is up. */
    public boolean overdue(OffsetDateTime returnedAt, OffsetDateTime offeredAt, OffsetDateTime now) {
        if (returnedAt == null) {
            return false;
        }
        if (offeredAt != null) {
            return !offeredInTime(returnedAt, offeredAt);
        }
        return now.isAfter(dueBy(returnedAt));
    }

    public Duration deadline() {
        return deadline;
    }
}
