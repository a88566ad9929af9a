package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ProtocolNumberAllocatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final UnreachableDatabase database = new UnreachableDatabase();
    private final AtomicLong nanoTime = new AtomicLong();

    /**
     * With the database down, one caller finds out by waiting for a connection; the callers after it, queued behind it,
     * fail at once for {@link Unreachable#FOR}, and then the database is tried again.
     */
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

    @Test
    void blocksDoubleWhileEachIsUsedUpWithinASecondUpToTheMaximum() throws SQLException {
        DataSource counterTable = counterTable("busy");
        ProtocolNumberAllocator numbers = allocator(counterTable);

        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            taken.add(numbers.next(NOW));
        }

        // 50 + 100 + 200 + 400 + 800 = 1,550 reserved; the 1,551st number needed a block of 1,000 (capped, not 1,600)
        assertThat(reservedUpTo(counterTable)).isEqualTo(1 + 1_550 + ProtocolNumberAllocator.MAX_BLOCK);
        assertThat(taken).as("no gaps while the gateway runs").first().isEqualTo("RC-2026-000001");
        assertThat(taken).last().isEqualTo("RC-2026-002000");
        assertThat(new HashSet<>(taken)).hasSize(2_000);
    }

    @Test
    void aBlockUsedUpSlowerThanBusyMakesTheNextOneSmallAgain() throws SQLException {
        DataSource counterTable = counterTable("slow");
        ProtocolNumberAllocator numbers = allocator(counterTable);
        takeNumbers(numbers, ProtocolNumberAllocator.MIN_BLOCK + 1); // busy: the second block holds 100
        assertThat(reservedUpTo(counterTable)).isEqualTo(1 + 50 + 100);

        nanoTime.addAndGet(ProtocolNumberAllocator.BUSY.toNanos());
        takeNumbers(numbers, 100);

        assertThat(reservedUpTo(counterTable)).as("the 100 were used up in a second or more: the next block holds 50")
                .isEqualTo(1 + 50 + 100 + ProtocolNumberAllocator.MIN_BLOCK);
    }

    private ProtocolNumberAllocator allocator(DataSource counterTable) {
        return new ProtocolNumberAllocator(new Transactions(counterTable), "RC", new Unreachable(nanoTime::get),
                nanoTime::get);
    }

    private static void takeNumbers(ProtocolNumberAllocator numbers, int count) {
        for (int i = 0; i < count; i++) {
            numbers.next(NOW);
        }
    }

    private static DataSource counterTable(String name) throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE protocol_counter (receipt_year INTEGER NOT NULL PRIMARY KEY, next_value BIGINT NOT NULL)");
        }
        return database;
    }

    private static long reservedUpTo(DataSource counterTable) throws SQLException {
        try (Connection connection = counterTable.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT next_value FROM protocol_counter WHERE receipt_year = 2026")) {
            row.next();
            return row.getLong(1);
        }
    }
}
