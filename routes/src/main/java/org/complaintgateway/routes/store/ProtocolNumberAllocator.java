package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Hands out protocol numbers from blocks reserved in the protocol_counter table (hi/lo): one short
 * transaction per block instead of one per message, unique across every gateway sharing the database.
 * The unused rest of a block is lost when the gateway stops, so numbers may have gaps, never repeats.
 */
final class ProtocolNumberAllocator {

    static final int BLOCK_SIZE = 50;

    /**
     * After the database could not be reached, how long callers fail at once instead of trying again. Without it,
     * every caller (they queue on this object's lock) would wait out the pool's connection timeout in turn: with the
     * database down, the web API and the webhooks answered 503 one every two seconds, and the rest of the senders
     * timed out. The fault suite (CrashAndFaultTest) found it.
     */
    static final Duration UNREACHABLE_FOR = Pools.CONNECTION_TIMEOUT;

    private final Transactions counter;
    private final String prefix;
    private final LongSupplier nanoTime;
    private final Map<Integer, Block> blocks = new HashMap<>();
    private StoreUnavailableException unreachable;
    private long unreachableAt;

    /**
     * @param counter transactions on a connection pool of their own: a block is reserved while an append
     *                holds its connection, and it must commit even if that append rolls back
     */
    ProtocolNumberAllocator(Transactions counter, String prefix) {
        this(counter, prefix, System::nanoTime);
    }

    ProtocolNumberAllocator(Transactions counter, String prefix, LongSupplier nanoTime) {
        this.counter = counter;
        this.prefix = prefix;
        this.nanoTime = nanoTime;
    }

    /** The next number for a message received at {@code receivedAt}; the sequence restarts each UTC year. */
    synchronized String next(Instant receivedAt) {
        int year = receivedAt.atZone(ZoneOffset.UTC).getYear();
        Block block = blocks.get(year);
        if (block == null || block.exhausted()) {
            block = reserve(year);
            blocks.put(year, block);
        }
        return ProtocolNumbers.format(prefix, year, block.take());
    }

    private Block reserve(int year) {
        long sinceUnreachable = nanoTime.getAsLong() - unreachableAt;
        if (unreachable != null && sinceUnreachable < UNREACHABLE_FOR.toNanos()) {
            throw new StoreUnavailableException("reserve protocol numbers: cannot reach the database (it could not be "
                    + "reached " + sinceUnreachable / 1_000_000 + " ms ago; trying again after "
                    + UNREACHABLE_FOR.toMillis() + " ms)", unreachable.getCause());
        }
        long end;
        try {
            end = counter.run("reserve protocol numbers", connection -> {
                if (!bump(connection, year)) {
                    // First number of the year; a concurrent first insert makes this a unique violation, and the rerun bumps.
                    insert(connection, year);
                }
                return current(connection, year);
            });
        } catch (StoreUnavailableException e) {
            if (SqlFailures.unreachable(e)) {
                unreachable = e;
                unreachableAt = nanoTime.getAsLong();
            }
            throw e;
        }
        unreachable = null;
        return new Block(end - BLOCK_SIZE, end);
    }

    private static boolean bump(Connection connection, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE protocol_counter SET next_value = next_value + ? WHERE receipt_year = ?")) {
            update.setInt(1, BLOCK_SIZE);
            update.setInt(2, year);
            return update.executeUpdate() == 1;
        }
    }

    private static void insert(Connection connection, int year) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO protocol_counter (receipt_year, next_value) VALUES (?, ?)")) {
            insert.setInt(1, year);
            insert.setLong(2, 1L + BLOCK_SIZE);
            insert.executeUpdate();
        }
    }

    /** Read inside the bumping transaction, which holds the row lock, so the value is this block's end. */
    private static long current(Connection connection, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT next_value FROM protocol_counter WHERE receipt_year = ?")) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong("next_value");
            }
        }
    }

    /** Numbers {@code next} (inclusive) to {@code end} (exclusive), reserved for this gateway alone. */
    private static final class Block {
        private long next;
        private final long end;

        Block(long next, long end) {
            this.next = next;
            this.end = end;
        }

        boolean exhausted() {
            return next >= end;
        }

        long take() {
            return next++;
        }
    }
}
