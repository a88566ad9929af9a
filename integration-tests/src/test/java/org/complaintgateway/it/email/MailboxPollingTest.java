package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mail in a real mailbox (GreenMail) becomes complaints at the sink, over every protocol the channel speaks, and the
 * mailbox shows what was done with each mail: marked seen, moved, deleted, or put aside in the failed folder.
 */
class MailboxPollingTest {

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps", "pop3", "pop3s"})
    void aMailInTheMailboxBecomesOneDeliveredComplaint(String protocol) {
        channel = MailChannel.start(dir, protocol, "");

        channel.mail.deliver(TestMails.complaint("kettle-1@example.org", "Broken kettle", "The kettle leaks.\n"));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("channel").path("type").asText()).isEqualTo("email");
        assertThat(complaint.path("channel").path("id").asText()).isEqualTo(MailChannel.CHANNEL_ID);
        assertThat(complaint.path("channel").path("externalId").asText()).isEqualTo("kettle-1@example.org");
        assertThat(complaint.path("customer").path("email").asText()).isEqualTo("anna@example.org");
        assertThat(complaint.path("customer").path("name").asText()).isEqualTo("Anna Example");
        assertThat(complaint.path("subject").asText()).isEqualTo("Broken kettle");
        assertThat(complaint.path("text").asText()).contains("The kettle leaks.");
        assertThat(complaint.path("replyHint").path("to").asText()).isEqualTo("anna@example.org");
        assertThat(complaint.path("replyHint").path("mailbox").asText()).isEqualTo(MailServer.ADDRESS);
        assertThat(complaint.path("replyHint").path("inReplyTo").asText()).contains("kettle-1@example.org");
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.ledger.total()).isEqualTo(1);
    }

    @Test
    void aBacklogOfSeveralPollsIsReadPollAfterPollWithoutWaitingForTheInterval() {
        MailServer mail = MailServer.start();
        for (int i = 1; i <= 7; i++) {
            mail.deliver(TestMails.complaint("backlog-" + i + "@example.org", "Backlog " + i, "Mail " + i + " of seven.\n"));
        }
        // an hour between polls: only polling again at once after a poll that took mail drains this in time
        channel = MailChannel.start(dir, mail, "imap", "    pollEvery: 1h\n    maxMessagesPerPoll: 2\n",
                UnaryOperator.identity());

        channel.awaitDelivered(7);
        channel.awaitLedger(LedgerState.FORWARDED, 7);
        await().atMost(MailChannel.WITHIN).until(() -> mail.messages("INBOX").stream().allMatch(mail::seen));
        assertThat(mail.messages("INBOX")).hasSize(7);
    }

    @Test
    void imapMarksAProcessedMailSeenAndLeavesItInTheInbox() {
        channel = MailChannel.start(dir, "imap", "");

        channel.mail.deliver(TestMails.complaint("seen-1@example.org", "Late parcel", "Still waiting.\n"));

        channel.awaitDelivered(1);
        await().atMost(MailChannel.WITHIN).until(() -> channel.mail.messages("INBOX").stream().allMatch(channel.mail::seen));
        assertThat(channel.mail.messages("INBOX")).hasSize(1);
    }

    @Test
    void imapMovesAProcessedMailWhenToldTo() {
        channel = MailChannel.start(dir, "imap", "    afterProcessing: move\n    moveTo: Processed\n");

        channel.mail.deliver(TestMails.complaint("moved-1@example.org", "Late parcel", "Still waiting.\n"));

        channel.awaitDelivered(1);
        await().atMost(MailChannel.WITHIN).until(() -> channel.mail.messages("Processed").size() == 1);
        assertThat(channel.mail.messages("INBOX")).isEmpty();
    }

    @Test
    void pop3DeletesAProcessedMailOnceItIsJournaled() {
        channel = MailChannel.start(dir, "pop3", "");

        channel.mail.deliver(TestMails.complaint("deleted-1@example.org", "Late parcel", "Still waiting.\n"));

        channel.awaitDelivered(1);
        await().atMost(MailChannel.WITHIN).until(() -> channel.mail.messages("INBOX").isEmpty());
        channel.awaitLedger(LedgerState.FORWARDED, 1);
    }

    @Test
    void theSameMailTwiceIsOneComplaintAndOneDuplicate() {
        channel = MailChannel.start(dir, "imap", "");
        byte[] mail = TestMails.complaint("twice-1@example.org", "Charged twice", "I paid two times.\n");

        channel.mail.deliver(mail);
        channel.mail.deliver(mail);

        channel.awaitLedger(LedgerState.DUPLICATE, 1);
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.delivered.count()).isEqualTo(1);
        assertThat(channel.ledger.total()).isEqualTo(2);
    }

    /**
     * One poll takes the whole backlog and reads mail ahead of its exchange (the commit of one overlaps the fetch of
     * the next): every mail ends FORWARDED once, nothing read ahead is recorded twice, and a reply in the same poll as
     * the mail it answers still finds it, because a reply is not read ahead of what comes before it.
     */
    @Test
    void aBacklogInOnePollIsReadAheadAndAReplyInItStillFindsTheMailItAnswers() {
        MailServer mail = MailServer.start();
        for (int i = 1; i <= 20; i++) {
            mail.deliver(TestMails.complaint("ahead-" + i + "@example.org", "Backlog " + i, "Mail " + i + " of twenty.\n"));
            if (i == 3) {
                mail.deliver(TestMails.reply("ahead-reply@example.org", "ahead-3@example.org", "Re: Backlog 3",
                        "And one more thing about mail 3.\n"));
            }
        }
        channel = MailChannel.start(dir, mail, "imap", "    pollEvery: 1h\n", UnaryOperator.identity());

        List<JsonNode> delivered = channel.awaitDelivered(21);
        channel.awaitLedger(LedgerState.FORWARDED, 21);
        assertThat(channel.ledger.total()).as("one journal row per mail, none read twice").isEqualTo(21);
        JsonNode original = delivered.stream().filter(c -> c.path("subject").asText().equals("Backlog 3")
                && c.path("relations").path("followUpOf").isMissingNode()).findFirst().orElseThrow();
        JsonNode reply = delivered.stream().filter(c -> c.path("text").asText().contains("one more thing"))
                .findFirst().orElseThrow();
        assertThat(reply.path("relations").path("followUpOf").asText()).isEqualTo(original.path("id").asText());
        // a mail read ahead may be delivered before its own exchange marks it seen
        await().atMost(MailChannel.WITHIN).until(() -> mail.messages("INBOX").stream().allMatch(mail::seen));
        assertThat(mail.messages("INBOX")).hasSize(21);
    }

    @Test
    void aReplyToAComplaintIsDeliveredAsItsFollowUp() {
        channel = MailChannel.start(dir, "imap", "");
        channel.mail.deliver(TestMails.complaint("first-1@example.org", "Broken kettle", "The kettle leaks.\n"));
        String firstId = channel.awaitDelivered(1).get(0).path("id").asText();

        channel.mail.deliver(TestMails.reply("second-1@example.org", "first-1@example.org", "Re: Broken kettle",
                "It now leaks even more.\n"));

        List<JsonNode> both = channel.awaitDelivered(2);
        JsonNode reply = both.stream().filter(c -> !c.path("id").asText().equals(firstId)).findFirst().orElseThrow();
        assertThat(reply.path("relations").path("followUpOf").asText()).isEqualTo(firstId);
        assertThat(reply.path("subject").asText()).isEqualTo("Broken kettle");
    }

    @Test
    void aMailOverTheSizeLimitIsQuarantinedFromItsHeaderAloneAndPutInTheFailedFolder() {
        channel = MailChannel.start(dir, "imap", "    maxMessageSize: 64KB\n    maxAttachmentsSize: 64KB\n");

        channel.mail.deliver(TestMails.ofSize("huge-1@example.org", 200 * 1024));

        channel.awaitLedger(LedgerState.QUARANTINED, 1);
        String id = channel.gateway.store().inFlight(LedgerState.QUARANTINED, java.time.Instant.now().plusSeconds(1), 1).get(0);
        JournalEntry entry = channel.gateway.store().find(id).orElseThrow();
        assertThat(entry.reason()).contains("over the channel's maxMessageSize of 64 KB");
        assertThat(entry.contentType()).isEqualTo("text/rfc822-headers");
        String kept = new String(entry.raw(), StandardCharsets.ISO_8859_1);
        assertThat(kept).contains("Message-ID: <huge-1@example.org>").doesNotContain("The delivery never arrived");
        await().atMost(MailChannel.WITHIN).until(() -> channel.mail.messages("Failed").size() == 1);
        assertThat(channel.mail.messages("INBOX")).isEmpty();
        assertThat(channel.delivered.count()).isZero();
    }
}
