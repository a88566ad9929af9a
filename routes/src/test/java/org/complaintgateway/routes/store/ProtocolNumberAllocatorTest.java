package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * With the database down, one caller finds out by waiting for a connection; the callers after it, queued behind it,
 * fail at once for {@link Unreachable#FOR}, and then the database is tried again.
 */
class ProtocolNumberAllocatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final UnreachableDatabase database = new UnreachableDatabase();
    private final AtomicLong nanoTime = new AtomicLong();

    @Test
    void afterTheDatabaseWasUnreachableCallersFailAtOnceUntilItIsWorthTryingAgain() {
        ProtocolNumberAllocator numbers = new ProtocolNumberAllocator(new Transactions(database.pool()), "RC",
                new Unreachable(nanoTime::get));

        assertThatThrownBy(() -> numbers.next(NOW)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot reach the database");
        nanoTime.addAndGet(Unreachable.FOR.toNanos() - 1);
        assertThatThrownBy(() -> numbers.next(NOW)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot reach the database")
                .satisfies(e -> assertThat(SqlFailures.unreachable((RuntimeException) e)).isTrue());
        assertThat(database.connectionsAsked()).as("the database asked once, not by the caller that came after")
                .isEqualTo(1);

        nanoTime.addAndGet(1);
        assertThatThrownBy(() -> numbers.next(NOW)).isInstanceOf(StoreUnavailableException.class);
        assertThat(database.connectionsAsked()).as("tried again once the time is up").isEqualTo(2);
    }
}
