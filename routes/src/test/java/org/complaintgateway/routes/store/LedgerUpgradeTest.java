package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.complaintgateway.routes.testing.TestClock;
import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestH2;
import org.complaintgateway.routes.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by an earlier version keeps every byte through the upgrade: V7 moves the raw bytes and the
 * complaint JSON out of the journal and outbox rows into tables of their own, on H2 and on PostgreSQL.
 */
class LedgerUpgradeTest {

    private static final String ID = "01890000-0000-7000-8000-000000000042";
    private static final byte[] RAW = "From: ada@example.org\r\nSubject: Kettle\r\n\r\nIt leaks.\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMPLAINT = "{\"id\":\"01890000-0000-7000-8000-000000000042\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void anH2LedgerOfVersionSixKeepsItsBytes() throws SQLException {
        assertBytesSurviveTheUpgrade(TestH2.in(dir));
    }

    @Test
    void aPostgresLedgerOfVersionSixKeepsItsBytes() throws SQLException {
        assertBytesSurviveTheUpgrade(TestPostgres.shared().freshDatabase());
    }

    private static void assertBytesSurviveTheUpgrade(TestDatabase database) throws SQLException {
        Flyway.configure().dataSource(database.url(), database.user(), null).locations("classpath:db/migration")
                .target("6").load().migrate();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), null)) {
            writeVersionSixRows(connection);
        }

        try (JdbcStore store = JdbcStore.open(database.settings(), "RC", TestClock.at("2026-03-14T10:00:00Z"))) {
            JournalEntry entry = store.find(ID).orElseThrow();
            assertThat(entry.raw()).isEqualTo(RAW);
            assertThat(entry.state()).isEqualTo(LedgerState.QUEUED);
            assertThat(store.complaint(ID)).contains(COMPLAINT);
        }
    }

    private static void writeVersionSixRows(Connection connection) throws SQLException {
        Instant now = Instant.parse("2026-03-14T09:00:00Z");
        try (PreparedStatement journal = connection.prepareStatement(
                "INSERT INTO journal (id, protocol_number, channel_id, channel_type, external_key, content_type, raw,"
                        + " state, received_at, updated_at) VALUES (?, 'RC-2026-000042', 'support-mail', 'email',"
                        + " 'kettle@example.org', 'message/rfc822', ?, 'QUEUED', ?, ?)");
             PreparedStatement outbox = connection.prepareStatement(
                     "INSERT INTO outbox (id, payload, attempts, next_attempt_at, state, created_at, updated_at)"
                             + " VALUES (?, ?, 0, ?, 'PENDING', ?, ?)")) {
            journal.setString(1, ID);
            journal.setBytes(2, RAW);
            SqlTime.set(journal, 3, now);
            SqlTime.set(journal, 4, now);
            journal.executeUpdate();
            outbox.setString(1, ID);
            outbox.setBytes(2, COMPLAINT);
            SqlTime.set(outbox, 3, now);
            SqlTime.set(outbox, 4, now);
            SqlTime.set(outbox, 5, now);
            outbox.executeUpdate();
        }
    }
}
