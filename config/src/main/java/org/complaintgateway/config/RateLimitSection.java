package org.complaintgateway.config;

import java.time.Duration;

/** A rate limit map, {@code {requests: 20, per: 1m}}; both keys are required so a limit reads whole. */
final class RateLimitSection {
    static final Key<Integer> REQUESTS = Key.required("requests", Scalars.wholeNumber(1, 100_000));
    static final Key<Duration> PER = Key.required("per", Scalars.DURATION);

    static final ValueType<RateLimit> TYPE = Section.of(REQUESTS, PER)
            .building(values -> new RateLimit(values.get(REQUESTS), values.get(PER)));

    private RateLimitSection() {
    }
}
