package uk.safeguarding.missing.domain;

import uk.safeguarding.platform.problem.Problem.FieldError;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which times of an episode are possible: nothing after now (beyond a small allowance for the
 * reporter's clock), a return not before the child was last seen, an interview offer not
 * before the return, an interview not before its offer. Each impossible time is named.
 */
public final class EpisodeTimeline {

    private final Duration clockSkew;

    /** @param clockSkew how far ahead of this server's clock a reporter's clock may be */
    public EpisodeTimeline(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public List<FieldError> checkReport(OffsetDateTime lastSeenAt, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        notFuture("lastSeenAt", lastSeenAt, now, errors);
        return errors;
    }

    public List<FieldError> checkReturn(OffsetDateTime lastSeenAt, OffsetDateTime returnedAt, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (!notFuture("returnedAt", returnedAt, now, errors)) {
            return errors;
        }
        if (returnedAt.isBefore(lastSeenAt)) {
            errors.add(new FieldError("returnedAt", "must not be before the time the child was last seen"));
        }
        return errors;
    }

    public List<FieldError> checkInterview(OffsetDateTime returnedAt, OffsetDateTime offeredAt, OffsetDateTime conductedAt,
                                           boolean declined, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (notFuture("offeredAt", offeredAt, now, errors) && offeredAt.isBefore(returnedAt)) {
            errors.add(new FieldError("offeredAt", "must not be before the child's return"));
        }
        if (declined) {
            if (conductedAt != null) {
                errors.add(new FieldError("conductedAt", "must be absent when the interview was declined"));
            }
        } else if (conductedAt == null) {
            errors.add(new FieldError("conductedAt", "is required unless the interview was declined"));
        } else if (notFuture("conductedAt", conductedAt, now, errors) && offeredAt != null && conductedAt.isBefore(offeredAt)) {
            errors.add(new FieldError("conductedAt", "must not be before the interview was offered"));
        }
        return errors;
    }

    /** Adds an error and answers false when the time is after now (beyond the skew allowance). */
    private boolean notFuture(String field, OffsetDateTime time, OffsetDateTime now, List<FieldError> errors) {
        if (time == null) {
            return false;
        }
        if (time.isAfter(now.plus(clockSkew))) {
            errors.add(new FieldError(field, "must not be in the future"));
            return false;
        }
        return true;
    }
}
