package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The journal table: one row per inbound message and the state it has reached. */
final class JournalTable {

    /** Derived from the enum so a new in-flight state is never missed by stuck detection. */
    private static final String NON_TERMINAL = Arrays.stream(LedgerState.values()).filter(s -> !s.terminal())
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** States of a message the downstream has, or will have, as a complaint. */
    static final String COMPLAINTS = "('QUEUED', 'FORWARDED', 'DEAD_LETTER')";

    private JournalTable() {
    }

    static void insert(Connection connection, JournalEntry entry, String dedupeHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal (id, protocol_number, channel_id, channel_type, external_key, dedupe_hash,"
                        + " content_type, state, reason, received_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insertRaw = connection.prepareStatement("INSERT INTO journal_raw (id, raw) VALUES (?, ?)")) {
            insert.setString(1, entry.id());
            insert.setString(2, entry.protocolNumber());
            insert.setString(3, entry.channelId());
            insert.setString(4, entry.channelType());
            insert.setString(5, entry.externalKey());
            insert.setString(6, dedupeHash);
            insert.setString(7, entry.contentType());
            insert.setString(8, entry.state().name());
            insert.setString(9, entry.reason());
            SqlTime.set(insert, 10, entry.receivedAt());
            SqlTime.set(insert, 11, entry.updatedAt());
            insert.executeUpdate();
            insertRaw.setString(1, entry.id());
            insertRaw.setBytes(2, entry.raw());
            insertRaw.executeUpdate();
        }
    }

    /** A whole entry: the journal row and, from its table of its own (V7), the raw bytes. */
    private static final String SELECT_ENTRIES = "SELECT j.id, j.protocol_number, j.channel_id, j.channel_type,"
            + " j.external_key, j.content_type, r.raw, j.state, j.reason, j.received_at, j.updated_at"
            + " FROM journal j JOIN journal_raw r ON r.id = j.id";

    static Optional<JournalEntry> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT_ENTRIES + " WHERE j.id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        }
    }

    /** Moves {@code id} from {@code from} to {@code to}; false when it is not (or no longer) in {@code from}. */
    static boolean transition(Connection connection, String id, LedgerState from, LedgerState to, String reason,
                              Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE journal SET state = ?, reason = ?, updated_at = ? WHERE id = ? AND state = ?")) {
            update.setString(1, to.name());
            update.setString(2, reason);
            SqlTime.set(update, 3, now);
            update.setString(4, id);
            update.setString(5, from.name());
            return update.executeUpdate() == 1;
        }
    }

    /** Marks a row as worked on, so a message being retried is not reported as stuck. */
    static void touch(Connection connection, String id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE journal SET updated_at = ? WHERE id = ?")) {
            SqlTime.set(update, 1, now);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    static List<String> idsIn(Connection connection, LedgerState state, Instant before, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM journal WHERE state = ? AND updated_at < ? ORDER BY updated_at, id FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, state.name());
            SqlTime.set(select, 2, before);
            select.setInt(3, limit);
            return SqlIds.of(select);
        }
    }

    /**
     * The earliest message of {@code channelType} journaled with {@code externalKey} that became a complaint
     * (queued, forwarded or dead-lettered and so replayable): what a follow-up refers to.
     */
    static Optional<String> complaintByExternalKey(Connection connection, String channelType, String externalKey)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, state, reason FROM journal WHERE external_key = ? AND channel_type = ?"
                        + " AND (state IN " + COMPLAINTS + " OR state = 'MERGED')"
                        + " ORDER BY received_at, id FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, externalKey);
            select.setString(2, channelType);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                // a merged message belongs to the complaint it was merged into
                return Optional.of(LedgerState.MERGED.name().equals(row.getString("state"))
                        ? row.getString("reason").substring(LedgerState.MERGED_INTO.length())
                        : row.getString("id"));
            }
        }
    }

    /** The WAITING messages of a channel, oldest first. */
    static List<JournalEntry> waiting(Connection connection, String channelId, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT_ENTRIES + " WHERE j.state = 'WAITING' AND j.channel_id = ?"
                        + " ORDER BY j.received_at, j.id"
                        + " FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, channelId);
            select.setInt(2, limit);
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(entry(row));
                }
            }
            return entries;
        }
    }

    /** The message that was given {@code protocolNumber}, if it became a complaint. */
    static Optional<String> complaintByProtocolNumber(Connection connection, String protocolNumber) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM journal WHERE protocol_number = ? AND state IN " + COMPLAINTS)) {
            select.setString(1, protocolNumber);
            return SqlIds.of(select).stream().findFirst();
        }
    }

    static List<QuarantinedMessage> quarantined(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, protocol_number, channel_id, content_type, reason, updated_at FROM journal"
                        + " WHERE state = 'QUARANTINED' ORDER BY updated_at, id");
             ResultSet row = select.executeQuery()) {
            List<QuarantinedMessage> messages = new ArrayList<>();
            while (row.next()) {
                messages.add(new QuarantinedMessage(row.getString("id"), row.getString("protocol_number"),
                        row.getString("channel_id"), row.getString("content_type"), row.getString("reason"),
                        SqlTime.get(row, "updated_at")));
            }
            return messages;
        }
    }

    static List<LedgerReport.Count> counts(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT channel_id, state, COUNT(*) AS n FROM journal GROUP BY channel_id, state ORDER BY channel_id, state");
             ResultSet row = select.executeQuery()) {
            List<LedgerReport.Count> counts = new ArrayList<>();
            while (row.next()) {
                counts.add(new LedgerReport.Count(row.getString("channel_id"), LedgerState.valueOf(row.getString("state")),
                        row.getLong("n")));
            }
            return counts;
        }
    }

    static List<LedgerReport.Stuck> stuck(Connection connection, Instant before, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, channel_id, state, updated_at FROM journal WHERE state IN " + NON_TERMINAL
                        + " AND updated_at < ? ORDER BY updated_at, id FETCH FIRST ? ROWS ONLY")) {
            SqlTime.set(select, 1, before);
            select.setInt(2, limit);
            List<LedgerReport.Stuck> stuck = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stuck.add(new LedgerReport.Stuck(row.getString("id"), row.getString("channel_id"),
                            LedgerState.valueOf(row.getString("state")), SqlTime.get(row, "updated_at")));
                }
            }
            return stuck;
        }
    }

    /** Messages whose journal state and outbox row contradict each other: each state implies exactly one outbox state. */
    static List<LedgerReport.Unaccounted> unaccounted(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT j.id, j.channel_id, j.state, o.state AS outbox_state FROM journal j LEFT JOIN outbox o ON o.id = j.id"
                        + " WHERE (j.state = 'QUEUED' AND (o.state IS NULL OR o.state <> 'PENDING'))"
                        + " OR (j.state = 'FORWARDED' AND (o.state IS NULL OR o.state <> 'DONE'))"
                        + " OR (j.state = 'DEAD_LETTER' AND (o.state IS NULL OR o.state <> 'DEAD'))"
                        + " OR (j.state IN ('RECEIVED', 'NORMALIZED', 'DUPLICATE', 'IGNORED', 'QUARANTINED') AND o.id IS NOT NULL)"
                        + " ORDER BY j.id FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, limit);
            List<LedgerReport.Unaccounted> unaccounted = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    unaccounted.add(new LedgerReport.Unaccounted(row.getString("id"), row.getString("channel_id"),
                            LedgerState.valueOf(row.getString("state")), row.getString("outbox_state")));
                }
            }
            return unaccounted;
        }
    }

    private static JournalEntry entry(ResultSet row) throws SQLException {
        return new JournalEntry(row.getString("id"), row.getString("protocol_number"), row.getString("channel_id"),
                row.getString("channel_type"), row.getString("external_key"), row.getString("content_type"),
                row.getBytes("raw"), LedgerState.valueOf(row.getString("state")), row.getString("reason"),
                SqlTime.get(row, "received_at"), SqlTime.get(row, "updated_at"));
    }
}
