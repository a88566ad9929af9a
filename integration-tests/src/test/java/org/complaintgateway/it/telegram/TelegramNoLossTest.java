package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No update is lost to a failure on our side or Telegram's: an update is confirmed at Telegram (the next getUpdates'
 * offset) only once it is journaled, so a store that cannot journal leaves it waiting at Telegram; a download that
 * fails is tried again with the update, and after {@code maxAttempts} the complaint goes without the file and says
 * so; a 429 is waited out for as long as Telegram asks. Each update becomes exactly one complaint.
 */
class TelegramNoLossTest {

    private static final long CHAT = TelegramUpdates.CUSTOMER;

    @TempDir
    Path dir;

    @AutoClose
    TelegramChannel channel;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void anUpdateTheStoreCannotJournalStaysUnconfirmedAtTelegramAndIsDeliveredOnceItIsBack() throws SQLException {
        TestDatabase database = TestPostgres.shared().freshDatabase();
        channel = TelegramChannel.start(dir, "", builder -> builder.store(database));
        channel.api.enqueue(updates.text(CHAT, CHAT, "The ledger works."));
        channel.awaitDelivered(1);

        sql(database, "ALTER TABLE journal RENAME TO journal_away");
        int pollsBefore = channel.api.getUpdatesCalls();
        long updateId = channel.api.enqueue(updates.text(CHAT, CHAT, "Delivered once the journal is back."));

        // the gateway keeps asking for it and never confirms it while it cannot journal it
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                channel.api.confirmedBelow() <= updateId && channel.api.pendingCount() == 1);
        assertThat(channel.api.getUpdatesCalls() - pollsBefore).as("getUpdates while the journal is away")
                .isGreaterThan(1);
        sql(database, "ALTER TABLE journal_away RENAME TO journal");

        assertThat(channel.awaitDelivered(2).get(1).path("text").asText())
                .isEqualTo("Delivered once the journal is back.");
        channel.awaitLedger(LedgerState.FORWARDED, 2);
        assertThat(channel.ledger.total()).as("no DUPLICATE: nothing was journaled while the journal was away")
                .isEqualTo(2);
        assertThat(LoopbackDownstream.deliveries(channel.downstream)).as("deliveries, once each").hasSize(2);
        await().atMost(TelegramChannel.WITHIN).until(() -> channel.api.confirmedBelow() > updateId);
        assertThat(channel.api.pendingCount()).isZero();
    }

    @Test
    void aDownloadFailingTransientlyIsTriedAgainAndTheComplaintHasTheFile() {
        channel = TelegramChannel.start(dir, "");
        byte[] pdf = "%PDF-1.7 a fake delivery note".getBytes(StandardCharsets.UTF_8);
        channel.api.registerFile("note-1", TelegramUpdates.fileUniqueId("note-1"), "documents/note_1.pdf", pdf);
        channel.api.failNext("getFile", 2, 502, "Bad Gateway");

        channel.api.enqueue(updates.document(CHAT, CHAT, "The delivery note is wrong", "note-1", "delivery-note.pdf",
                "application/pdf", pdf.length));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("attachments")).hasSize(1);
        assertThat(Base64.getDecoder().decode(complaint.path("attachments").get(0).path("content").asText()))
                .isEqualTo(pdf);
        assertThat(complaint.path("flags").size()).isZero();
        assertThat(channel.api.calls("getFile")).as("two failures, then the one that worked").isEqualTo(3);
        assertThat(channel.api.downloads()).containsExactly("documents/note_1.pdf");
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.ledger.total()).as("journaled once, when the file was there").isEqualTo(1);
    }

    @Test
    void aDownloadFailingMoreThanMaxAttemptsIsLeftOutAndTheComplaintSaysSo() {
        channel = TelegramChannel.start(dir, "    maxAttempts: 2\n");
        channel.api.registerFile("note-2", TelegramUpdates.fileUniqueId("note-2"), "documents/note_2.pdf",
                "%PDF-1.7 never served".getBytes(StandardCharsets.UTF_8));
        channel.api.failNext("getFile", 5, 502, "Bad Gateway");

        channel.api.enqueue(updates.document(CHAT, CHAT, "The delivery note is wrong", "note-2", "delivery-note.pdf",
                "application/pdf", 21));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("text").asText()).isEqualTo("The delivery note is wrong");
        assertThat(complaint.path("attachments").size()).isZero();
        assertThat(complaint.path("flags")).extracting(JsonNode::asText).containsExactly("attachmentsDropped");
        assertThat(channel.api.calls("getFile")).as("maxAttempts tries").isEqualTo(2);
        assertThat(channel.api.downloads()).isEmpty();
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.ledger.total()).isEqualTo(1);
    }

    @Test
    void aDownloadFailingInTheMiddleOfABatchJournalsNoUpdateBeforeItTwice() {
        channel = TelegramChannel.start(dir, "");
        channel.gateway.stop();
        byte[] pdf = "%PDF-1.7 a fake delivery note".getBytes(StandardCharsets.UTF_8);
        channel.api.registerFile("note-3", TelegramUpdates.fileUniqueId("note-3"), "documents/note_3.pdf", pdf);
        channel.api.failNext("getFile", 1, 502, "Bad Gateway");
        // one batch when the gateway is back: the update before the file is journaled before the download fails
        channel.api.enqueue(updates.text(CHAT, CHAT, "Before the file"));
        channel.api.enqueue(updates.document(CHAT, CHAT, "The delivery note is wrong", "note-3", "delivery-note.pdf",
                "application/pdf", pdf.length));
        channel.api.enqueue(updates.text(CHAT, CHAT, "After the file"));

        channel.gateway.restart();

        channel.awaitLedger(LedgerState.FORWARDED, 3);
        assertThat(channel.awaitDelivered(3)).extracting(complaint -> complaint.path("text").asText())
                .containsExactlyInAnyOrder("Before the file", "The delivery note is wrong", "After the file");
        assertThat(channel.ledger.count(LedgerState.DUPLICATE)).as("the next getUpdates asked from the failed one")
                .isZero();
        assertThat(channel.ledger.total()).isEqualTo(3);
    }

    @Test
    void aTooManyRequestsIsWaitedOutForItsRetryAfterAndTheUpdateStillArrives() {
        int retryAfterSeconds = 4;
        channel = TelegramChannel.start(dir, "");
        await().atMost(TelegramChannel.WITHIN).until(channel.api::longPollWaiting);

        Instant before429 = Instant.now();
        channel.api.failNextWith429("getUpdates", 1, retryAfterSeconds);
        int polls = channel.api.getUpdatesCalls();
        // the first poll counted from here on finds the 429 waiting for it, unless one just before took it; an update
        // enqueued before that would answer the long poll still waiting, and no 429 would stand in its way
        await().atMost(TelegramChannel.WITHIN).until(() -> channel.api.getUpdatesCalls() > polls);
        channel.api.enqueue(updates.text(CHAT, CHAT, "Sent while the bot was rate limited"));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("text").asText()).isEqualTo("Sent while the bot was rate limited");
        JournalEntry entry = channel.ledger.awaitTerminal(complaint.path("id").asText());
        assertThat(entry.state()).isEqualTo(LedgerState.FORWARDED);
        assertThat(entry.receivedAt()).as("journaled after the retry_after was waited out")
                .isAfterOrEqualTo(before429.plusSeconds(retryAfterSeconds));
        assertThat(channel.ledger.total()).isEqualTo(1);
    }

    private static void sql(TestDatabase database, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), null);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
