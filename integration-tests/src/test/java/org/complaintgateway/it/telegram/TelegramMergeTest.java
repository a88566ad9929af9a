package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People type one complaint as several messages: the messages of one customer in one chat with less than the merge
 * window between them become one complaint, in order, with all attachments; the window is kept in the journal, so a
 * restart inside it loses nothing.
 */
class TelegramMergeTest {

    private static final long CHAT = TelegramUpdates.CUSTOMER;

    @TempDir
    Path dir;

    @AutoClose
    TelegramChannel channel;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void aBurstOfFiveMessagesBecomesOneComplaintInOrderWithItsAttachments() {
        channel = TelegramChannel.start(dir, "    mergeWindow: 2s\n");
        byte[] photo = "fake jpeg of the dent".getBytes(StandardCharsets.UTF_8);
        channel.api.registerFile("dent", TelegramUpdates.fileUniqueId("dent"), "photos/file_9.jpg", photo);

        channel.api.enqueue(updates.text(CHAT, CHAT, "Hello"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "my washing machine arrived"));
        channel.api.enqueue(updates.photo(CHAT, CHAT, "with this dent", "dent"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "order 4711"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "please call me back"));

        channel.awaitLedger(LedgerState.MERGED, 4);
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("text").asText()).containsSubsequence("Hello", "my washing machine arrived",
                "with this dent", "order 4711", "please call me back");
        assertThat(complaint.path("attachments")).hasSize(1);
        assertThat(complaint.path("attachments").get(0).path("size").asLong()).isEqualTo(photo.length);
        assertThat(complaint.path("replyHint").path("chatId").asText()).isEqualTo(Long.toString(CHAT));
        assertThat(complaint.path("replyHint").path("replyToMessageId").asText()).isEqualTo("5");
        assertThat(complaint.path("flags").toString()).contains("merged");
        assertThat(channel.ledger.total()).isEqualTo(5);
        assertThat(channel.delivered.count()).isEqualTo(1);
    }

    @Test
    void twoCustomersWritingAtOnceAreTwoComplaints() {
        channel = TelegramChannel.start(dir, "    mergeWindow: 2s\n");

        channel.api.enqueue(updates.text(CHAT, CHAT, "first customer, part one"));
        channel.api.enqueue(updates.text(TelegramUpdates.OTHER_CUSTOMER, TelegramUpdates.OTHER_CUSTOMER, "second customer"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "first customer, part two"));

        channel.awaitLedger(LedgerState.FORWARDED, 2);
        channel.awaitLedger(LedgerState.MERGED, 1);
        assertThat(channel.awaitDelivered(2)).extracting(complaint -> complaint.path("text").asText())
                .containsExactlyInAnyOrder("first customer, part one\n\nfirst customer, part two", "second customer");
    }

    @Test
    void aRestartInsideTheMergeWindowLosesNothing() {
        channel = TelegramChannel.start(dir, "    mergeWindow: 5s\n");
        channel.api.enqueue(updates.text(CHAT, CHAT, "written before"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "the restart"));
        channel.awaitLedger(LedgerState.WAITING, 2);

        channel.gateway.stop();
        channel.api.enqueue(updates.text(CHAT, CHAT, "and after it"));
        channel.gateway.restart();

        channel.awaitLedger(LedgerState.FORWARDED, 1);
        channel.awaitLedger(LedgerState.MERGED, 2);
        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("text").asText()).containsSubsequence("written before", "the restart", "and after it");
        assertThat(channel.ledger.total()).isEqualTo(3);
    }
}
