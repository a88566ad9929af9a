package org.complaintgateway.routes.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock a test sets and moves forward, so leases, TTLs and year ends pass without waiting. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    private TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public static TestClock at(String isoInstant) {
        return new TestClock(Instant.parse(isoInstant));
    }

    public void advance(Duration step) {
        now.updateAndGet(t -> t.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Always UTC: the store works in UTC and a second zone would only hide mistakes. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
