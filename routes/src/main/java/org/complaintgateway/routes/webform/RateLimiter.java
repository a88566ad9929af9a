package org.complaintgateway.routes.webform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintgateway.config.RateLimit;

/**
 * Token buckets per key (client address, sender e-mail), on Bucket4j. The table is cleared when it
 * grows past {@value #MAX_KEYS} keys, so a flood of distinct addresses cannot exhaust memory; the
 * cost is that those keys start afresh.
 */
final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final RateLimit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit) {
        this.limit = limit;
    }

    /** Empty when {@code key} may go on; otherwise how long it has to wait. */
    Optional<Duration> tryAcquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Duration.ofSeconds(seconds));
    }
}
