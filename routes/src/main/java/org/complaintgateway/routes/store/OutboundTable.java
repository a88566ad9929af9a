package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The outbound table: messages to customers, their attempts, leases and how they ended (or why they were skipped). */
final class OutboundTable {

    private static final String COLUMNS = "id, complaint_id, kind, channel_id, channel_type, idempotency_key, payload,"
            + " state, attempts, reason, provider_message_id, created_at, updated_at";

    private OutboundTable() {
    }

    /**
     * A new message, QUEUED and due at once or SKIPPED; a unique violation means one with its key is already there.
     * The recipient is stored for the limit per recipient only, so it is not part of {@link OutboundMessage}.
     */
    static void insert(Connection connection, OutboundMessage message, String idempotencyHash, String recipient)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbound (" + COLUMNS + ", idempotency_hash, next_attempt_at, recipient, claimed_until)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            insert.setString(1, message.id());
            insert.setString(2, message.complaintId());
            insert.setString(3, message.kind().name());
            insert.setString(4, message.channelId());
            insert.setString(5, message.channelType());
            insert.setString(6, message.idempotencyKey());
            insert.setBytes(7, message.payload());
            insert.setString(8, message.state().name());
            insert.setInt(9, message.attempts());
            insert.setString(10, message.reason());
            insert.setString(11, message.providerMessageId());
            SqlTime.set(insert, 12, message.createdAt());
            SqlTime.set(insert, 13, message.updatedAt());
            insert.setString(14, idempotencyHash);
            SqlTime.set(insert, 15, message.createdAt());
            insert.setString(16, recipient);
            insert.executeUpdate();
        }
    }

    /**
     * Complaints of the channels received since {@code since} without an acknowledgment in any state, oldest first:
     * journal_channel_received_idx finds the candidates, outbound_idempotency_uk (led by complaint_id) answers the
     * NOT EXISTS for each.
     */
    static List<String> unacknowledged(Connection connection, Set<String> channelIds, Instant since, int limit)
            throws SQLException {
        String channels = String.join(", ", Collections.nCopies(channelIds.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT j.id FROM journal j WHERE j.channel_id IN (" + channels + ") AND j.received_at >= ?"
                        + " AND j.state IN " + JournalTable.COMPLAINTS
                        + " AND NOT EXISTS (SELECT 1 FROM outbound o WHERE o.complaint_id = j.id"
                        + " AND o.kind = 'ACKNOWLEDGMENT')"
                        + " ORDER BY j.received_at, j.id FETCH FIRST ? ROWS ONLY")) {
            int index = 1;
            for (String channelId : channelIds) {
                select.setString(index++, channelId);
            }
            SqlTime.set(select, index++, since);
            select.setInt(index, limit);
            return SqlIds.of(select);
        }
    }

    /** Acknowledgments that went or will go out: a SKIPPED or FAILED one never reached the recipient. */
    static int acknowledgmentsTo(Connection connection, String channelId, String recipient, Instant since)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) AS n FROM outbound WHERE channel_id = ? AND recipient = ? AND created_at >= ?"
                        + " AND kind = 'ACKNOWLEDGMENT' AND state IN ('QUEUED', 'SENT')")) {
            select.setString(1, channelId);
            select.setString(2, recipient);
            SqlTime.set(select, 3, since);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt("n");
            }
        }
    }

    static Optional<OutboundMessage> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM outbound WHERE id = ?")) {
            select.setString(1, id);
            return first(select);
        }
    }

    static Optional<OutboundMessage> byIdempotencyKey(Connection connection, String complaintId, String idempotencyHash)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM outbound WHERE complaint_id = ? AND idempotency_hash = ?")) {
            select.setString(1, complaintId);
            select.setString(2, idempotencyHash);
            return first(select);
        }
    }

    /** Oldest first; the unique constraint's index, led by complaint_id, finds them. */
    static List<OutboundMessage> ofComplaint(Connection connection, String complaintId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM outbound WHERE complaint_id = ? ORDER BY created_at, id")) {
            select.setString(1, complaintId);
            return all(select);
        }
    }

    /** Due, unclaimed rows, oldest first: see {@link Leases#dueIds}. */
    static List<String> dueIds(Connection connection, Instant now, int limit) throws SQLException {
        return Leases.dueIds(connection, Leases.OUTBOUND, now, limit);
    }

    /** Takes the lease if the row is still due and unclaimed: see {@link Leases#claim}. */
    static boolean claim(Connection connection, String id, Instant now, Instant claimedUntil) throws SQLException {
        return Leases.claim(connection, Leases.OUTBOUND, id, now, claimedUntil);
    }

    /**
     * Records the send, from QUEUED, or from FAILED: a worker whose lease ran out may still get the message out after
     * another gave up, and then the customer has it. A SENT row keeps its first provider id.
     */
    static boolean sent(Connection connection, String id, String providerMessageId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbound SET state = 'SENT', provider_message_id = ?, reason = NULL, attempts = attempts + 1,"
                        + " claimed_until = NULL, updated_at = ? WHERE id = ? AND state IN ('QUEUED', 'FAILED')")) {
            update.setString(1, providerMessageId);
            SqlTime.set(update, 2, now);
            update.setString(3, id);
            return update.executeUpdate() == 1;
        }
    }

    static boolean reschedule(Connection connection, String id, Instant nextAttemptAt, String lastError, Instant now)
            throws SQLException {
        return Leases.reschedule(connection, Leases.OUTBOUND, id, nextAttemptAt, lastError, now);
    }

    static boolean failed(Connection connection, String id, String reason, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbound SET state = 'FAILED', attempts = attempts + 1, reason = ?, claimed_until = NULL,"
                        + " updated_at = ? WHERE id = ? AND state = 'QUEUED'")) {
            update.setString(1, reason);
            SqlTime.set(update, 2, now);
            update.setString(3, id);
            return update.executeUpdate() == 1;
        }
    }

    /** The first SENT message with that provider id on that channel type: ids are unique per provider, not across them. */
    static Optional<String> complaintOfSent(Connection connection, String channelType, String providerMessageId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT complaint_id FROM outbound WHERE channel_type = ? AND provider_message_id = ? AND state = 'SENT'"
                        + " ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, channelType);
            select.setString(2, providerMessageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString("complaint_id")) : Optional.empty();
            }
        }
    }

    static Optional<OutboundKind> kindOfSent(Connection connection, String channelType, String providerMessageId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind FROM outbound WHERE channel_type = ? AND provider_message_id = ? AND state = 'SENT'"
                        + " ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, channelType);
            select.setString(2, providerMessageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(OutboundKind.valueOf(row.getString("kind"))) : Optional.empty();
            }
        }
    }

    static List<OutboundReport.Count> counts(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT channel_id, state, COUNT(*) AS n FROM outbound GROUP BY channel_id, state ORDER BY channel_id, state");
             ResultSet row = select.executeQuery()) {
            List<OutboundReport.Count> counts = new ArrayList<>();
            while (row.next()) {
                counts.add(new OutboundReport.Count(row.getString("channel_id"),
                        OutboundState.valueOf(row.getString("state")), row.getLong("n")));
            }
            return counts;
        }
    }

    /** QUEUED and untouched since {@code before}: a claim, a retry and a send all touch the row. */
    static List<OutboundReport.Stuck> stuck(Connection connection, Instant before, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, channel_id, attempts, reason, updated_at FROM outbound WHERE state = 'QUEUED'"
                        + " AND updated_at < ? ORDER BY updated_at, id FETCH FIRST ? ROWS ONLY")) {
            SqlTime.set(select, 1, before);
            select.setInt(2, limit);
            List<OutboundReport.Stuck> stuck = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stuck.add(new OutboundReport.Stuck(row.getString("id"), row.getString("channel_id"),
                            row.getInt("attempts"), row.getString("reason"), SqlTime.get(row, "updated_at")));
                }
            }
            return stuck;
        }
    }

    private static Optional<OutboundMessage> first(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(message(row)) : Optional.empty();
        }
    }

    private static List<OutboundMessage> all(PreparedStatement select) throws SQLException {
        List<OutboundMessage> messages = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                messages.add(message(row));
            }
        }
        return messages;
    }

    private static OutboundMessage message(ResultSet row) throws SQLException {
        return new OutboundMessage(row.getString("id"), row.getString("complaint_id"),
                OutboundKind.valueOf(row.getString("kind")), row.getString("channel_id"), row.getString("channel_type"),
                row.getString("idempotency_key"), row.getBytes("payload"), OutboundState.valueOf(row.getString("state")),
                row.getInt("attempts"), row.getString("reason"), row.getString("provider_message_id"),
                SqlTime.get(row, "created_at"), SqlTime.get(row, "updated_at"));
    }
}
