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
 * Blocks grow with the load: {@link #MIN_BLOCK} numbers while messages trickle in, so a restart leaves a small gap;
 * twice the last block's size, up to {@link #MAX_BLOCK}, when it was used up within {@link #BUSY}, because at a
 * thousand messages a second a block of 50 was a commit of its own every 50 ms (10 % of a Telegram poller's samples).
 */
final class ProtocolNumberAllocator {

    static final int MIN_BLOCK = 50;
    static final int MAX_BLOCK = 1000;
    static final Duration BUSY = Duration.ofSeconds(1);

    private final Transactions counter;
    private final String prefix;
    private final Unreachable unreachable;
    private final LongSupplier nanoTime;
    private final Map<Integer, Block> blocks = new HashMap<>();

    /**
     * @param counter     transactions on a connection pool of their own: a block is reserved while an append
     *                    holds its connection, and it must commit even if that append rolls back
     * @param unreachable the store's memory of the database being down: callers queue on this object's lock, and
     *                    each would wait out the pool's timeout in turn
     */
    ProtocolNumberAllocator(Transactions counter, String prefix, Unreachable unreachable) {
        this(counter, prefix, unreachable, System::nanoTime);
    }

    /** {@code nanoTime}: how fast a block is used up is measured on it. */
    ProtocolNumberAllocator(Transactions counter, String prefix, Unreachable unreachable, LongSupplier nanoTime) {
        this.counter = counter;
        this.prefix = prefix;
        this.unreachable = unreachable;
        this.nanoTime = nanoTime;
    }

    /** The next number for a message received at {@code receivedAt}; the sequence restarts each UTC year. */
    synchronized String next(Instant receivedAt) {
        int year = receivedAt.atZone(ZoneOffset.UTC).getYear();
        Block block = blocks.get(year);
        if (block == null || block.exhausted()) {
            block = reserve(year, block == null ? MIN_BLOCK : nextSize(block));
            blocks.put(year, block);
        }
        return ProtocolNumbers.format(prefix, year, block.take());
    }

    private int nextSize(Block used) {
        return nanoTime.getAsLong() - used.reservedAt < BUSY.toNanos() ? Math.min(2 * used.size, MAX_BLOCK) : MIN_BLOCK;
    }

    private Block reserve(int year, int size) {
        long end = unreachable.guard("reserve protocol numbers", () -> counter.run("reserve protocol numbers", connection -> {
            if (!bump(connection, year, size)) {
                // First number of the year; a concurrent first insert makes this a unique violation, and the rerun bumps.
                insert(connection, year, size);
            }
            return current(connection, year);
        }));
        return new Block(end - size, end, nanoTime.getAsLong());
    }

    private static boolean bump(Connection connection, int year, int size) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE protocol_counter SET next_value = next_value + ? WHERE receipt_year = ?")) {
            update.setInt(1, size);
            update.setInt(2, year);
            return update.executeUpdate() == 1;
        }
    }

    private static void insert(Connection connection, int year, int size) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO protocol_counter (receipt_year, next_value) VALUES (?, ?)")) {
            insert.setInt(1, year);
            insert.setLong(2, 1L + size);
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
        private final int size;
        private final long reservedAt;

        Block(long next, long end, long reservedAt) {
            this.next = next;
            this.end = end;
            this.size = (int) (end - next);
            this.reservedAt = reservedAt;
        }

        boolean exhausted() {
            return next >= end;
        }

        long take() {
            return next++;
        }
    }
}
