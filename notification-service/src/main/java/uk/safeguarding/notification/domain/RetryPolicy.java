package uk.safeguarding.notification.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * What a send attempt's result means and when to try again (contract section 8): any 2xx is
 * delivered; timeouts, connection failures, 5xx, 408 and 429 are retried with exponential
 * backoff and jitter up to {@code maxAttempts}, then dead-lettered; any other status
 * (another 4xx, or a redirect, which is never followed) dead-letters at once.
 */
public final class RetryPolicy {

    public enum Verdict { DELIVERED, RETRY, DEAD_LETTER }

    /** status 0 stands for "no HTTP answer": a timeout, a refused or reset connection. */
    public static final int NO_RESPONSE = 0;

    private final int maxAttempts;
    private final Duration initial;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param jitter the fraction of each delay that is random (0 = none, 0.5 = between half and the full delay)
     * @param random uniform in [0, 1)
     */
    public RetryPolicy(int maxAttempts, Duration initial, Duration max, double jitter, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.initial = initial;
        this.max = max;
        this.jitter = Math.max(0, Math.min(1, jitter));
        this.random = random;
    }

    public static Verdict classify(int status) {
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        if (status == NO_RESPONSE || status >= 500 || status == 408 || status == 429) {
            return Verdict.RETRY;
        }
        return Verdict.DEAD_LETTER;
    }

    /** After a retryable failure: RETRY while attempts remain, else DEAD_LETTER. */
    public Verdict afterFailure(Verdict verdict, int attemptsInCycle) {
        if (verdict == Verdict.RETRY && attemptsInCycle >= maxAttempts) {
            return Verdict.DEAD_LETTER;
        }
        return verdict;
    }

    /** The wait before the next attempt, after {@code attemptsInCycle} failed attempts (1, 2, ...). */
    public Duration delay(int attemptsInCycle) {
        int exponent = Math.max(0, Math.min(30, attemptsInCycle - 1));
        long ceilingMillis = Math.min(max.toMillis(), initial.toMillis() * (1L << exponent));
        if (ceilingMillis <= 0) {
            return Duration.ZERO;
        }
        // Equal jitter: a fixed part and a random part, so retries of many receivers spread out.
        double fixed = ceilingMillis * (1 - jitter);
        double spread = ceilingMillis * jitter * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(fixed + spread)));
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
