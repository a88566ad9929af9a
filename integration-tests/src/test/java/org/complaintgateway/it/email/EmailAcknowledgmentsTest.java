package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.mappings.email.OwnMessageIds;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.OutboundMessage;
import org.complaintgateway.routes.store.OutboundState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox that acknowledges: each new complaint is answered at once, by mail, in the customer's thread, with its
 * protocol number and {@code Auto-Submitted: auto-replied}, from a Message-ID of our own; a bounce of it or an
 * auto-reply to it makes nothing new, the customer's own answer to it is a follow-up of the complaint; no-reply
 * senders get nothing; one sender gets at most the hourly limit.
 */
class EmailAcknowledgmentsTest {

    private static final String CUSTOMER = "anna@example.org";

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    private MailServer server;

    @Test
    void aComplaintIsAcknowledgedInTheThreadABounceOrAnAutoReplyToItMakesNothingNewAndAnAnswerIsAFollowUp() {
        start(5);
        server.deliver(TestMails.complaint("kettle-1@example.org", "Broken kettle", "It leaks since Monday."));
        JsonNode complaint = channel.awaitDelivered(1).get(0);
        String protocolNumber = complaint.path("protocolNumber").asText();

        MimeMessage acknowledgment = awaitMailsTo(CUSTOMER, 1).get(0);

        assertThat(header(acknowledgment, "Subject")).isEqualTo("Re: Broken kettle [" + protocolNumber + "]");
        assertThat(header(acknowledgment, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(header(acknowledgment, "In-Reply-To")).isEqualTo("<kettle-1@example.org>");
        String ourId = header(acknowledgment, "Message-ID");
        assertThat(OwnMessageIds.isOurs(ourId)).as(ourId).isTrue();
        assertThat(text(acknowledgment)).contains(protocolNumber).contains("2 business days");

        String bare = ourId.substring(1, ourId.length() - 1);
        server.deliver(TestMails.from("MAILER-DAEMON@mx.example.org", "bounce-1@mx.example.org",
                "Undelivered Mail Returned to Sender", "In-Reply-To: <" + bare + ">\r\nAuto-Submitted: auto-replied\r\n",
                "This is the mail system. Your message could not be delivered."));
        server.deliver(TestMails.from("Anna Example <" + CUSTOMER + ">", "away-1@example.org", "Out of office",
                "In-Reply-To: <" + bare + ">\r\nAuto-Submitted: auto-replied\r\n", "I am away until Monday."));

        channel.awaitLedger(LedgerState.IGNORED, 2);
        assertThat(channel.ledger.entriesIn(LedgerState.IGNORED)).extracting(JournalEntry::reason)
                .containsExactlyInAnyOrder("bounce", "auto-reply to our acknowledgment");
        assertThat(channel.ledger.count(LedgerState.FORWARDED)).isEqualTo(1);
        assertThat(outbound(complaint.path("id").asText())).singleElement()
                .extracting(OutboundMessage::state).isEqualTo(OutboundState.SENT);
        assertThat(server.receivedBy(CUSTOMER)).hasSize(1);

        // the customer's own answer to the acknowledgment, without the protocol number: a follow-up all the same
        server.deliver(TestMails.reply("kettle-2@example.org", bare, "Re: Broken kettle", "It is the model K-20."));
        JsonNode followUp = channel.awaitDelivered(2).stream()
                .filter(delivered -> !delivered.path("id").asText().equals(complaint.path("id").asText()))
                .findFirst().orElseThrow();
        assertThat(followUp.path("relations").path("followUpOf").asText()).isEqualTo(complaint.path("id").asText());
    }

    @Test
    void aNoReplySenderGetsNoAcknowledgmentAndTheLedgerSaysWhy() {
        start(5);
        server.deliver(TestMails.from("Shop <no-reply@shop.example.org>", "order-1@shop.example.org",
                "Your order", "", "Your parcel was damaged, we are sorry."));
        String complaintId = channel.awaitDelivered(1).get(0).path("id").asText();

        OutboundMessage skipped = await().atMost(MailChannel.WITHIN).until(() -> outbound(complaintId),
                messages -> !messages.isEmpty()).get(0);

        assertThat(skipped.state()).isEqualTo(OutboundState.SKIPPED);
        assertThat(skipped.reason()).isEqualTo("not to a no-reply or system address");
        assertThat(server.receivedBy("no-reply@shop.example.org")).isEmpty();
    }

    @Test
    void aBurstOfFiftyComplaintsFromOneSenderGetsOnlyTheHourlyLimitOfAcknowledgments() {
        start(5);
        for (int i = 1; i <= 50; i++) {
            server.deliver(TestMails.from("Burst Example <burst@example.org>", "burst-" + i + "@example.org",
                    "Complaint " + i, "", "Complaint number " + i));
        }

        channel.awaitDelivered(50);
        await().atMost(Duration.ofSeconds(30)).until(() -> channel.gateway.store().outbound()
                .report(Instant.EPOCH).counts().stream().mapToLong(count -> count.count()).sum() == 50);
        awaitMailsTo("burst@example.org", 5);

        assertThat(server.receivedBy("burst@example.org")).hasSize(5);
        assertThat(channel.gateway.store().outbound().report(Instant.EPOCH).counts())
                .filteredOn(count -> count.state() == OutboundState.SKIPPED)
                .singleElement().satisfies(count -> assertThat(count.count()).isEqualTo(45));
    }

    @Test
    void aWebFormComplaintIsAcknowledgedByMailToTheAddressTheCustomerGave() {
        start(5);

        assertThat(channel.gateway.postJson(TestGateway.complaintJson(1)).statusCode()).isEqualTo(202);

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        MimeMessage acknowledgment = awaitMailsTo("customer1@example.org", 1).get(0);
        assertThat(header(acknowledgment, "From")).isEqualTo(MailServer.ADDRESS);
        assertThat(header(acknowledgment, "Subject"))
                .isEqualTo("Re: Complaint 1 [" + complaint.path("protocolNumber").asText() + "]");
        assertThat(header(acknowledgment, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(text(acknowledgment)).startsWith("Dear Test Customer 1,");
    }

    @Test
    void aSubjectCarryingALineBreakNeverBecomesAHeaderOfTheAcknowledgment() {
        start(5);
        // "Broken\r\nBcc: victim@example.org" as an RFC 2047 encoded word, which decodes to a line break
        String subject = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "Broken\r\nBcc: victim@example.org".getBytes(StandardCharsets.UTF_8)) + "?=";
        server.deliver(TestMails.complaint("inject-1@example.org", subject, "It leaks."));

        MimeMessage acknowledgment = awaitMailsTo(CUSTOMER, 1).get(0);

        assertThat(header(acknowledgment, "Bcc")).isNull();
        assertThat(header(acknowledgment, "Subject")).doesNotContain("\r").doesNotContain("\n").contains("Broken");
        assertThat(server.receivedBy("victim@example.org")).isEmpty();
    }

    private void start(int maxPerRecipientPerHour) {
        server = MailServer.start();
        channel = MailChannel.start(dir, server, "imap", """
                    smtp:
                      host: 127.0.0.1
                      port: %d
                      security: none
                      from: %s
                """.formatted(server.port(ServerSetup.PROTOCOL_SMTP), MailServer.ADDRESS),
                gateway -> gateway.section("""
                        acknowledgments:
                          channels: [%s, site-form]
                          webformMailVia: %s
                          responseTime: 2 business days
                          maxPerRecipientPerHour: %d
                        """.formatted(MailChannel.CHANNEL_ID, MailChannel.CHANNEL_ID, maxPerRecipientPerHour)));
    }

    private List<MimeMessage> awaitMailsTo(String address, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> server.receivedBy(address),
                received -> received.size() >= count);
    }

    private List<OutboundMessage> outbound(String complaintId) {
        return channel.gateway.store().outbound().ofComplaint(complaintId);
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
