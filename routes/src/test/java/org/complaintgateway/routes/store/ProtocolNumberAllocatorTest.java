package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With the database down, one caller finds out by waiting for a connection; the callers after it, queued behind it,
 * fail at once for {@link ProtocolNumberAllocator#UNREACHABLE_FOR}, and then the database is tried again.
 */
class ProtocolNumberAllocatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final AtomicInteger connectionsAsked = new AtomicInteger();
    private final AtomicLong nanoTime = new AtomicLong();

    @Test
    void afterTheDatabaseWasUnreachableCallersFailAtOnceUntilItIsWorthTryingAgain() {
        ProtocolNumberAllocator numbers = new ProtocolNumberAllocator(new Transactions(unreachableDatabase()), "RC",
                nanoTime::get);

        assertThatThrownBy(() -> numbers.next(NOW)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot reach the database");
        nanoTime.addAndGet(ProtocolNumberAllocator.UNREACHABLE_FOR.toNanos() - 1);
        assertThatThrownBy(() -> numbers.next(NOW)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot reach the database")
                .satisfies(e -> assertThat(SqlFailures.unreachable((RuntimeException) e)).isTrue());
        assertThat(connectionsAsked).as("the database asked once, not by the caller that came after").hasValue(1);

        nanoTime.addAndGet(1);
        assertThatThrownBy(() -> numbers.next(NOW)).isInstanceOf(StoreUnavailableException.class);
        assertThat(connectionsAsked).as("tried again once the time is up").hasValue(2);
    }

    /** A pool that times out on every request for a connection, as HikariCP does with the server down. */
    private DataSource unreachableDatabase() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionsAsked.incrementAndGet();
                        throw new SQLTransientConnectionException("ledger-numbers - Connection is not available");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
