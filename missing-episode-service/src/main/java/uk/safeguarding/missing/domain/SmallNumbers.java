package uk.safeguarding.missing.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Small-number suppression for collated statistics seen beyond the setting: a count of 1 to 4
 * is shown as {@code "<5"} so no child can be singled out; 0 and counts of 5 or more are
 * shown exactly (0 discloses nobody). The setting's own DCPO sees exact counts.
 */
public final class SmallNumbers {

    private final int threshold;
    private final boolean suppress;

    private SmallNumbers(int threshold, boolean suppress) {
        this.threshold = threshold;
        this.suppress = suppress;
    }

    public static SmallNumbers exact() {
        return new SmallNumbers(0, false);
    }

    /** @param threshold counts from 1 to threshold − 1 are suppressed (5 in the contract) */
    public static SmallNumbers suppressedBelow(int threshold) {
        return new SmallNumbers(threshold, true);
    }

    public Count count(long n) {
        return isSuppressed(n) ? new Count(null, "<" + threshold) : new Count(n, null);
    }

    public boolean isSuppressed(long n) {
        return suppress && n > 0 && n < threshold;
    }

    public boolean suppressing() {
        return suppress;
    }

    /** A count as shown: the number, or {@code "<5"} when suppressed. */
    public record Count(Long value, String suppressedAs) {
        @JsonValue
        public Object json() {
            return value == null ? suppressedAs : value;
        }

        public boolean suppressed() {
            return value == null;
        }
    }
}
