package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out protocol numbers from blocks reserved in the protocol_counter table (hi/lo): one short
 * transaction per block instead of one per message, unique across every gateway sharing the database.
 * The unused rest of a block is lost when the gateway stops, so numbers may have gaps, never repeats.
 */
final class ProtocolNumberAllocator {

    static final int BLOCK_SIZE = 50;

    private final Transactions counter;
    private final String prefix;
    private final Unreachable unreachable;
    private final Map<Integer, Block> blocks = new HashMap<>();

    /**
     * @param counter     transactions on a connection pool of their own: a block is reserved while an append
     *                    holds its connection, and it must commit even if that append rolls back
     * @param unreachable the store's memory of the database being down: callers queue on this object's lock, and
     *                    each would wait out the pool's timeout in turn
     */
    ProtocolNumberAllocator(Transactions counter, String prefix, Unreachable unreachable) {
        this.counter = counter;
        this.prefix = prefix;
        this.unreachable = unreachable;
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
        long end = unreachable.guard("reserve protocol numbers", () -> counter.run("reserve protocol numbers", connection -> {
            if (!bump(connection, year)) {
                // First number of the year; a concurrent first insert makes this a unique violation, and the rerun bumps.
                insert(connection, year);
            }
            return current(connection, year);
        }));
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
