package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journaling fails (the ledger's journal table is out of reach in a real PostgreSQL): the mail stays unseen in the
 * mailbox, poll after poll, and is delivered on the first poll after the journal is back.
 */
class ProcessingFailureTest {

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @Test
    void aMailWhoseJournalingFailsStaysUnseenAndIsDeliveredOnALaterPoll() throws SQLException {
        TestDatabase database = TestPostgres.shared().freshDatabase();
        channel = MailChannel.start(dir, "imap", "", builder -> builder.store(database));
        channel.mail.deliver(TestMails.complaint("warmup-1@example.org", "First", "The ledger works.\n"));
        channel.awaitDelivered(1);

        sql(database, "ALTER TABLE journal RENAME TO journal_away");
        channel.mail.deliver(TestMails.complaint("later-1@example.org", "Second", "Delivered once the journal is back.\n"));

        // three polls of one second each fail; the mail must stay unseen and unjournaled all along
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                channel.mail.messages("INBOX").stream().filter(m -> !channel.mail.seen(m)).count() == 1);
        sql(database, "ALTER TABLE journal_away RENAME TO journal");

        channel.awaitDelivered(2);
        channel.awaitLedger(LedgerState.FORWARDED, 2);
        assertThat(channel.ledger.total()).isEqualTo(2);
        await().atMost(MailChannel.WITHIN).until(() -> channel.mail.messages("INBOX").stream().allMatch(channel.mail::seen));
    }

    private static void sql(TestDatabase database, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), null);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
