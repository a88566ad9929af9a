package org.complaintgateway.routes.store;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Remembers that the database could not be reached a moment ago. Callers that would otherwise each wait out the
 * pool's connection timeout in turn (queued behind the protocol-number lock, or behind the one journal writer) fail at
 * once instead, for {@link #FOR}; then the database is tried again. With the database down, the web API and the
 * webhooks answer 503 within about the pool's timeout, not one every two seconds while the other senders time out
 * (the fault suite, CrashAndFaultTest, found that). One per store, shared by its pools: they reach one database.
 */
final class Unreachable {

    static final Duration FOR = Pools.CONNECTION_TIMEOUT;

    private final LongSupplier nanoTime;
    private volatile StoreUnavailableException last;
    private volatile long lastAt;

    Unreachable() {
        this(System::nanoTime);
    }

    Unreachable(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Runs {@code work}, unless the database could not be reached less than {@link #FOR} ago: then fails at once. */
    <T> T guard(String operation, Supplier<T> work) {
        failFastIfRecent(operation);
        try {
            T result = work.get();
            last = null;
            return result;
        } catch (StoreUnavailableException e) {
            if (SqlFailures.unreachable(e)) {
                lastAt = nanoTime.getAsLong();
                last = e;
            }
            throw e;
        }
    }

    /** Throws what an attempt would end in, without the attempt, while the last one is recent enough to tell. */
    void failFastIfRecent(String operation) {
        StoreUnavailableException seen = last;
        long since = nanoTime.getAsLong() - lastAt;
        if (seen != null && since < FOR.toNanos()) {
            // the same cause, so that callers sort it as they sorted the failure it repeats
            throw new StoreUnavailableException(operation + ": cannot reach the database (it could not be reached "
                    + since / 1_000_000 + " ms ago; trying again after " + FOR.toMillis() + " ms)", seen.getCause());
        }
    }
}
