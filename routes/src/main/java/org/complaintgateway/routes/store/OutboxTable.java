package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outbox table: canonical complaints awaiting delivery, their attempts, leases and last answers. */
final class OutboxTable {

    private OutboxTable() {
    }

    /** A pending item, due now; {@code claimedUntil} non-null hands it straight to the worker that inserts it. */
    static void insert(Connection connection, String id, byte[] payload, Instant now, Instant claimedUntil)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (id, attempts, next_attempt_at, claimed_until, state, created_at, updated_at)"
                        + " VALUES (?, 0, ?, ?, 'PENDING', ?, ?)");
             PreparedStatement insertPayload = connection.prepareStatement(
                     "INSERT INTO outbox_payload (id, payload) VALUES (?, ?)")) {
            insert.setString(1, id);
            SqlTime.set(insert, 2, now);
            if (claimedUntil == null) {
                insert.setNull(3, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                SqlTime.set(insert, 3, claimedUntil);
            }
            SqlTime.set(insert, 4, now);
            SqlTime.set(insert, 5, now);
            insert.executeUpdate();
            insertPayload.setString(1, id);
            insertPayload.setBytes(2, payload);
            insertPayload.executeUpdate();
        }
    }

    /** Due, unclaimed rows, oldest first: see {@link Leases#dueIds}. */
    static List<String> dueIds(Connection connection, Instant now, int limit) throws SQLException {
        return Leases.dueIds(connection, Leases.OUTBOX, now, limit);
    }

    /** Takes the lease if the row is still due and unclaimed: see {@link Leases#claim}. */
    static boolean claim(Connection connection, String id, Instant now, Instant claimedUntil) throws SQLException {
        return Leases.claim(connection, Leases.OUTBOX, id, now, claimedUntil);
    }

    static Optional<OutboxItem> item(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT o.id, j.protocol_number, j.channel_id, p.payload, o.attempts, o.created_at, o.next_attempt_at"
                        + " FROM outbox o JOIN journal j ON j.id = o.id JOIN outbox_payload p ON p.id = o.id"
                        + " WHERE o.id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new OutboxItem(row.getString("id"), row.getString("protocol_number"),
                        row.getString("channel_id"), row.getBytes("payload"), row.getInt("attempts"),
                        SqlTime.get(row, "created_at"), SqlTime.get(row, "next_attempt_at")))
                        : Optional.empty();
            }
        }
    }

    /** The canonical complaint JSON: kept whatever became of its delivery, so it is there after DONE too. */
    static Optional<byte[]> payload(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT payload FROM outbox_payload WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes("payload")) : Optional.empty();
            }
        }
    }

    static boolean done(Connection connection, String id, int status, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET state = 'DONE', last_status = ?, claimed_until = NULL, updated_at = ? WHERE id = ?")) {
            update.setInt(1, status);
            SqlTime.set(update, 2, now);
            update.setString(3, id);
            return update.executeUpdate() == 1;
        }
    }

    static boolean reschedule(Connection connection, String id, Instant nextAttemptAt, String lastError, Instant now)
            throws SQLException {
        return Leases.reschedule(connection, Leases.OUTBOX, id, nextAttemptAt, lastError, now);
    }

    /** The failed attempt counts: {@code attempts} says how often the downstream was tried in all. */
    static boolean dead(Connection connection, String id, Integer status, String response, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET state = 'DEAD', attempts = attempts + 1, last_status = ?, last_response = ?,"
                        + " claimed_until = NULL, updated_at = ? WHERE id = ? AND state = 'PENDING'")) {
            update.setObject(1, status, Types.INTEGER);
            update.setString(2, response);
            SqlTime.set(update, 3, now);
            update.setString(4, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Back to the start: pending, no attempts, due now, the old answer forgotten. */
    static void reset(Connection connection, String id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = NULL,"
                        + " last_status = NULL, last_error = NULL, last_response = NULL, updated_at = ? WHERE id = ?")) {
            SqlTime.set(update, 1, now);
            SqlTime.set(update, 2, now);
            update.setString(3, id);
            update.executeUpdate();
        }
    }

    static List<DeadLetter> deadLetters(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT o.id, j.protocol_number, j.channel_id, j.reason, o.last_status, o.last_response, o.attempts,"
                        + " o.updated_at FROM outbox o JOIN journal j ON j.id = o.id"
                        + " WHERE o.state = 'DEAD' ORDER BY o.updated_at, o.id");
             ResultSet row = select.executeQuery()) {
            List<DeadLetter> letters = new ArrayList<>();
            while (row.next()) {
                letters.add(new DeadLetter(row.getString("id"), row.getString("protocol_number"),
                        row.getString("channel_id"), row.getString("reason"), row.getObject("last_status", Integer.class),
                        row.getString("last_response"), row.getInt("attempts"), SqlTime.get(row, "updated_at")));
            }
            return letters;
        }
    }
}
