package uk.safeguarding.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.notification.domain.RetryPolicy.Verdict;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
            "200, DELIVERED", "201, DELIVERED", "202, DELIVERED", "204, DELIVERED", "299, DELIVERED",
            "0, RETRY", "500, RETRY", "502, RETRY", "503, RETRY", "504, RETRY", "408, RETRY", "429, RETRY",
            "301, DEAD_LETTER", "302, DEAD_LETTER", "307, DEAD_LETTER", "308, DEAD_LETTER",
            "400, DEAD_LETTER", "401, DEAD_LETTER", "403, DEAD_LETTER", "404, DEAD_LETTER", "410, DEAD_LETTER", "413, DEAD_LETTER"
    })
    void classifies_answers(int status, Verdict verdict) {
        assertThat(RetryPolicy.classify(status)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "after {0} of 3 failed attempts: {1}")
    @CsvSource({"1, RETRY", "2, RETRY", "3, DEAD_LETTER", "4, DEAD_LETTER"})
    void retries_up_to_the_limit_then_dead_letters(int attempts, Verdict verdict) {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 0, () -> 0.5);
        assertThat(policy.afterFailure(Verdict.RETRY, attempts)).isEqualTo(verdict);
        assertThat(policy.afterFailure(Verdict.DEAD_LETTER, 1)).isEqualTo(Verdict.DEAD_LETTER);
    }

    @ParameterizedTest(name = "attempt {0}, random {1}: {2} ms")
    @CsvSource({
            // initial 1 s, cap 60 s, half of each delay random
            "1, 0.0, 500", "1, 0.999, 1000", "2, 0.0, 1000", "2, 0.5, 1500", "3, 0.0, 2000", "4, 1.0, 8000",
            "6, 1.0, 32000", "7, 1.0, 60000", "7, 0.0, 30000", "40, 1.0, 60000"
    })
    void exponential_backoff_with_jitter_and_a_cap(int attempt, double random, long expectedMillis) {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(1), 0.5, () -> random);
        assertThat(policy.delay(attempt).toMillis()).isCloseTo(expectedMillis, org.assertj.core.data.Offset.offset(1L));
    }

    @Test
    void jitter_spreads_retries() {
        java.util.Random random = new java.util.Random(42);
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(10), Duration.ofHours(1), 0.5, random::nextDouble);
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> policy.delay(3)).distinct().count()).isGreaterThan(10);
    }
}
