package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Claiming work rows with a lease, as the outbox (complaints to deliver) and the outbound table (messages to send)
 * both do: rows in their waiting state, due, and not claimed by a live lease. One gateway at a time holds a row;
 * one that dies lets its lease run out, and the row is claimed again.
 */
final class Leases {

    /**
     * A table with {@code state}, {@code attempts}, {@code next_attempt_at}, {@code claimed_until}, {@code created_at},
     * {@code updated_at}, and a column for the last failed attempt's error.
     */
    record Queue(String table, String waitingState, String errorColumn) {
    }

    static final Queue OUTBOX = new Queue("outbox", "PENDING", "last_error");
    static final Queue OUTBOUND = new Queue("outbound", "QUEUED", "reason");

    private Leases() {
    }

    /**
     * Due, unclaimed rows, oldest first. SKIP LOCKED (PostgreSQL, and accepted by H2) lets another gateway's claim
     * pass over rows this transaction is claiming instead of queueing behind it; {@link #claim} still decides, so
     * correctness does not rest on it.
     */
    static List<String> dueIds(Connection connection, Queue queue, Instant now, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM " + queue.table() + " WHERE state = '" + queue.waitingState() + "' AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)"
                        + " ORDER BY created_at, id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED")) {
            SqlTime.set(select, 1, now);
            SqlTime.set(select, 2, now);
            select.setInt(3, limit);
            return SqlIds.of(select);
        }
    }

    /**
     * Takes the lease if the row is still due and unclaimed. A conditional UPDATE is atomic on both databases: of two
     * racing workers, the second re-reads the row after the first commits and updates nothing.
     */
    static boolean claim(Connection connection, Queue queue, String id, Instant now, Instant claimedUntil)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + queue.table() + " SET claimed_until = ?, updated_at = ? WHERE id = ? AND state = '"
                        + queue.waitingState() + "' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")) {
            SqlTime.set(update, 1, claimedUntil);
            SqlTime.set(update, 2, now);
            update.setString(3, id);
            SqlTime.set(update, 4, now);
            SqlTime.set(update, 5, now);
            return update.executeUpdate() == 1;
        }
    }

    /** A failed attempt: counted, the error kept, the lease given up, and the row due again at {@code nextAttemptAt}. */
    static boolean reschedule(Connection connection, Queue queue, String id, Instant nextAttemptAt, String error,
                              Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + queue.table() + " SET attempts = attempts + 1, next_attempt_at = ?, claimed_until = NULL, "
                        + queue.errorColumn() + " = ?, updated_at = ? WHERE id = ? AND state = '"
                        + queue.waitingState() + "'")) {
            SqlTime.set(update, 1, nextAttemptAt);
            update.setString(2, error);
            SqlTime.set(update, 3, now);
            update.setString(4, id);
            return update.executeUpdate() == 1;
        }
    }
}
