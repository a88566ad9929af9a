package org.complaintgateway.routes.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The dedupe_key table: one row per (scope, dedupe key) seen (the scope is a channel, or one that several
 * channels share), hashed so no personal data sits in the key, unique by primary key so two racing appends
 * cannot both win, kept until it expires.
 */
final class DedupeKeys {

    private DedupeKeys() {
    }

    /**
     * SHA-256 hex of {@code scope + '\n' + dedupeKey}. Scopes (channel ids) never hold a newline, so the separator
     * keeps ("ab", "c") and ("a", "bc") apart.
     */
    static String hash(String scope, String dedupeKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((scope + '\n' + dedupeKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Who holds a key, and until when. */
    record Holder(String journalId, Instant expiresAt) {

        /** The key still stands at {@code now} (it expires after the instant it names). */
        boolean liveAt(Instant now) {
            return !expiresAt.isBefore(SqlTime.truncate(now));
        }
    }

    /** The row of {@code hash}, expired or not; empty when the key was never taken (or has been purged). */
    static Optional<Holder> holder(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT journal_id, expires_at FROM dedupe_key WHERE key_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Holder(row.getString("journal_id"), SqlTime.get(row, "expires_at")))
                        : Optional.empty();
            }
        }
    }

    /**
     * Makes {@code journalId} the owner of {@code hash}: takes over the expired row when {@link #holder} found one,
     * else inserts one (so an append for a new key runs one statement here, not an update that finds nothing and then
     * an insert). A unique violation here means a concurrent append took the key first; the caller's transaction is
     * rerun.
     */
    static void take(Connection connection, String hash, String journalId, Instant now, Instant expiresAt,
                     boolean expiredRowExists) throws SQLException {
        if (expiredRowExists) {
            try (PreparedStatement replace = connection.prepareStatement(
                    "UPDATE dedupe_key SET journal_id = ?, created_at = ?, expires_at = ? WHERE key_hash = ? AND expires_at < ?")) {
                replace.setString(1, journalId);
                SqlTime.set(replace, 2, now);
                SqlTime.set(replace, 3, expiresAt);
                replace.setString(4, hash);
                SqlTime.set(replace, 5, now);
                if (replace.executeUpdate() == 1) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dedupe_key (key_hash, journal_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, journalId);
            SqlTime.set(insert, 3, now);
            SqlTime.set(insert, 4, expiresAt);
            insert.executeUpdate();
        }
    }

    /** Deletes keys expired at {@code now}; returns how many. */
    static int purge(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM dedupe_key WHERE expires_at < ?")) {
            SqlTime.set(delete, 1, now);
            return delete.executeUpdate();
        }
    }
}
