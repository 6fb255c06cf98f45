package uk.safeguarding.gateway.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {

    /**
     * Steps: F = a failed call, S = a successful call, W = 10 s pass, X = a call refused (open).
     * Threshold 3, open for 10 s.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'',          CLOSED",
            "F F,         CLOSED",
            "F F S F F,   CLOSED",
            "F F F,       OPEN",
            "F F F X,     OPEN",
            "F F F W,     HALF_OPEN",
            "F F F W S,   CLOSED",
            "F F F W F,   OPEN",
            "F F F W F X, OPEN",
            "F F F W F W S, CLOSED"})
    void opensAfterConsecutiveFailuresAndHealsAfterATrial(String steps, CircuitBreaker.State expected) {
        AtomicLong now = new AtomicLong();
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);
        for (String step : steps.isBlank() ? new String[0] : steps.trim().split("\\s+")) {
            switch (step) {
                case "F" -> {
                    assertThat(breaker.tryAcquire()).isTrue();
                    breaker.onFailure();
                }
                case "S" -> {
                    assertThat(breaker.tryAcquire()).isTrue();
                    breaker.onSuccess();
                }
                case "X" -> assertThat(breaker.tryAcquire()).isFalse();
                case "W" -> now.addAndGet(Duration.ofSeconds(10).toNanos());
                default -> throw new IllegalArgumentException(step);
            }
        }
        assertThat(breaker.state()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void halfOpenLetsOneTrialThroughAndRetryAfterCountsDown() {
        AtomicLong now = new AtomicLong();
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(10), now::get);
        breaker.tryAcquire();
        breaker.onFailure();
        assertThat(breaker.retryAfterSeconds()).isEqualTo(10);
        now.addAndGet(Duration.ofMillis(6_500).toNanos());
        assertThat(breaker.retryAfterSeconds()).isEqualTo(4);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).as("a second caller waits for the trial").isFalse();
        breaker.onIgnored();
        assertThat(breaker.tryAcquire()).as("an ignored trial frees the slot").isTrue();
    }
}
