package uk.safeguarding.concern.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, never a fixed sleep. */
public final class Poll {

    private Poll() {
    }

    public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> done, Duration within) {
        Instant deadline = Instant.now().plus(within);
        T last = value.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + within + "; last value: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
            last = value.get();
        }
        return last;
    }
}
