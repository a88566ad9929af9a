package org.complaintgateway.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Delays double from the initial backoff up to the maximum, half of each random; Retry-After is a floor. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 5, Duration.ofHours(1));

    @RepeatedTest(20)
    void delayDoublesWithJitterBetweenHalfAndWhole() {
        assertThat(delayAfter(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(delayAfter(3)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(4000));
    }

    @RepeatedTest(20)
    void delayNeverExceedsTheMaximum() {
        assertThat(delayAfter(40)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    @Test
    void retryAfterLongerThanTheBackoffWins() {
        assertThat(Duration.between(NOW, policy.nextAttempt(1, Duration.ofSeconds(7), NOW))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void exhaustedAfterMaxAttempts() {
        assertThat(policy.exhausted(4, NOW, NOW)).isFalse();
        assertThat(policy.exhausted(5, NOW, NOW)).isTrue();
    }

    @Test
    void exhaustedAfterMaxAge() {
        assertThat(policy.exhausted(1, NOW.minus(Duration.ofMinutes(61)), NOW)).isTrue();
    }

    private Duration delayAfter(int failures) {
        return Duration.between(NOW, policy.nextAttempt(failures, null, NOW));
    }
}
