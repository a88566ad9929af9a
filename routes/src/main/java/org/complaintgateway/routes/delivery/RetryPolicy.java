package org.complaintgateway.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.complaintgateway.config.DownstreamSettings;

/**
 * Exponential backoff with jitter, honouring the downstream's Retry-After, bounded by a number of
 * attempts and an age. Jitter keeps a fleet of gateways from retrying in lock-step after an outage.
 */
public final class RetryPolicy {

    private final Duration initial;
    private final Duration max;
    private final int maxAttempts;
    private final Duration maxAge;

    public RetryPolicy(Duration initial, Duration max, int maxAttempts, Duration maxAge) {
        this.initial = initial;
        this.max = max;
        this.maxAttempts = maxAttempts;
        this.maxAge = maxAge;
    }

    public static RetryPolicy of(DownstreamSettings settings) {
        return new RetryPolicy(settings.initialBackoff(), settings.maxBackoff(), settings.maxAttempts(), settings.maxAge());
    }

    /** When to try again after {@code failedAttempts} failures: half the exponential delay fixed, half random. */
    public Instant nextAttempt(int failedAttempts, Duration retryAfter, Instant now) {
        long base = initial.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 30);
        long capped = Math.min(base, max.toMillis());
        long half = capped / 2;
        long delay = half + ThreadLocalRandom.current().nextLong(half + 1);
        if (retryAfter != null) {
            delay = Math.max(delay, retryAfter.toMillis());
        }
        return now.plusMillis(delay);
    }

    /** True when a complaint that failed {@code failedAttempts} times, first queued at {@code createdAt}, gets no more tries. */
    public boolean exhausted(int failedAttempts, Instant createdAt, Instant now) {
        return failedAttempts >= maxAttempts || Duration.between(createdAt, now).compareTo(maxAge) > 0;
    }
}
