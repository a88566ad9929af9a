package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;

/** The channel_cursor table: how far each polling channel has read its numbered source. */
final class ChannelCursorTable {

    private ChannelCursorTable() {
    }

    static OptionalLong position(Connection connection, String channelId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position FROM channel_cursor WHERE channel_id = ?")) {
            select.setString(1, channelId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Moves the cursor to {@code position} unless it is there or further already; the first save creates it. */
    static void advance(Connection connection, String channelId, long position, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE channel_cursor SET position = ?, updated_at = ? WHERE channel_id = ? AND position < ?")) {
            update.setLong(1, position);
            SqlTime.set(update, 2, now);
            update.setString(3, channelId);
            update.setLong(4, position);
            if (update.executeUpdate() > 0 || position(connection, channelId).isPresent()) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO channel_cursor (channel_id, position, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, channelId);
            insert.setLong(2, position);
            SqlTime.set(insert, 3, now);
            insert.executeUpdate();
        }
    }
}
