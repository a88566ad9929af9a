package org.complaintgateway.routes.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.email.OwnMessageIds;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reply to an e-mail complaint reaches the customer as a mail in their own thread: In-Reply-To and References point
 * at their mail, the subject carries the protocol number, and the Message-ID is ours, so their answer threads back.
 * Nothing a customer wrote can add a header. The SMTP server's "later" (4xx, no answer) is retried, its "never" (5xx,
 * no address) fails with its words, and the password appears in no outcome.
 */
class EmailReplySenderTest {

    private static final String LOGIN = "support";
    private static final String PASSWORD = "fake-smtp-password";
    private static final String SUPPORT = "support@example.com";
    private static final String CUSTOMER = "ana@example.net";
    private static final String COLLEAGUE = "bo@example.net";
    private static final String PROTOCOL_NUMBER = "RC-2026-000042";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ReplyHint.Email HINT = new ReplyHint.Email("support-mail", CUSTOMER, List.of(COLLEAGUE),
            "Re: Kettle leaks [" + PROTOCOL_NUMBER + "]", "kettle-1@example.net",
            List.of("thread-start@example.net", "kettle-1@example.net"), SUPPORT);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            .dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, LOGIN, PASSWORD));

    @Test
    void aReplyReachesTheCustomerAndTheOthersAddressedFromOurMailbox() throws MessagingException {
        SendOutcome outcome = sender(mail.getSmtp().getPort()).send("outbound-1", reply("Your refund is on its way.", HINT), NOW);

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        MimeMessage received = onlyMailTo(CUSTOMER);
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly(SUPPORT);
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(CUSTOMER);
        assertThat(received.getRecipients(Message.RecipientType.CC)).extracting(Object::toString).containsExactly(COLLEAGUE);
        assertThat(mailTo(COLLEAGUE)).hasSize(1);
        assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
    }

    @Test
    void aReplyIsThreadedIntoTheCustomersConversation() throws MessagingException {
        sender(mail.getSmtp().getPort()).send("outbound-1", reply("Your refund is on its way.", HINT), NOW);

        MimeMessage received = onlyMailTo(CUSTOMER);
        assertThat(received.getSubject()).isEqualTo("Re: Kettle leaks [RC-2026-000042]");
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<kettle-1@example.net>");
        assertThat(MimeUtility.unfold(received.getHeader("References", null)))
                .isEqualTo("<thread-start@example.net> <kettle-1@example.net>");
    }

    @Test
    void theMessageIdIsOursAndTheOutcomeKeepsItSoTheCustomersAnswerThreadsBack() throws MessagingException {
        SendOutcome outcome = sender(mail.getSmtp().getPort()).send("outbound-1", reply("Hello", HINT), NOW);

        String messageId = onlyMailTo(CUSTOMER).getMessageID();
        assertThat(OwnMessageIds.isOurs(messageId)).isTrue();
        assertThat(messageId).isEqualTo("<" + ((SendOutcome.Sent) outcome).providerMessageId() + ">")
                .endsWith("@example.com>");
    }

    @Test
    void aSubjectWithoutTheProtocolNumberGetsItAndNoSecondReplyPrefix() throws MessagingException {
        sender(mail.getSmtp().getPort()).send("outbound-1", reply("Hello", hint("RE: Kettle leaks", CUSTOMER)), NOW);

        assertThat(onlyMailTo(CUSTOMER).getSubject()).isEqualTo("RE: Kettle leaks [RC-2026-000042]");
    }

    @Test
    void aSubjectWithoutAReplyPrefixGetsOne() throws MessagingException {
        sender(mail.getSmtp().getPort()).send("outbound-1", reply("Hello", hint("Kettle leaks", CUSTOMER)), NOW);

        assertThat(onlyMailTo(CUSTOMER).getSubject()).isEqualTo("Re: Kettle leaks [RC-2026-000042]");
    }

    @Test
    void aHumanReplyIsPlainUtf8TextAndNotMarkedAutomatic() throws MessagingException, IOException {
        String text = "Olá Ana, o reembolso está a caminho.\nCumprimentos";

        sender(mail.getSmtp().getPort()).send("outbound-1", reply(text, HINT), NOW);

        MimeMessage received = onlyMailTo(CUSTOMER);
        assertThat(received.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(text);
        assertThat(received.getHeader("Auto-Submitted")).isNull();
    }

    @Test
    void anAttachmentTravelsAsAMimePartAfterTheText() throws MessagingException, IOException {
        byte[] receipt = "%PDF-1.4 fake receipt".getBytes(StandardCharsets.US_ASCII);
        ReplyContent content = new ReplyContent("Your receipt is attached.",
                List.of(Attachment.inline("receipt.pdf", "application/pdf", receipt)), HINT, PROTOCOL_NUMBER, "en");

        sender(mail.getSmtp().getPort()).send("outbound-1", content, NOW);

        Multipart parts = (Multipart) onlyMailTo(CUSTOMER).getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("Your receipt is attached.");
        Part file = parts.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("receipt.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(receipt);
    }

    @Test
    void aSubjectCannotInjectAHeader() throws MessagingException {
        sender(mail.getSmtp().getPort()).send("outbound-1",
                reply("Hello", hint("Kettle\r\nBcc: victim@example.org", CUSTOMER)), NOW);

        MimeMessage received = onlyMailTo(CUSTOMER);
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getSubject()).isEqualTo("Re: Kettle Bcc: victim@example.org [RC-2026-000042]");
        assertThat(mailTo("victim@example.org")).isEmpty();
    }

    @Test
    void anAddressWithALineBreakFailsAndNothingIsSent() {
        SendOutcome outcome = sender(mail.getSmtp().getPort()).send("outbound-1",
                reply("Hello", hint("Kettle", CUSTOMER + "\r\nBcc: victim@example.org")), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed(
                "the reply cannot be sent as a mail: the reply hint's To is not an e-mail address"));
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddressFails() {
        SendOutcome outcome = sender(mail.getSmtp().getPort()).send("outbound-1",
                reply("Hello", hint("Kettle", "Ana Example")), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed(
                "the reply cannot be sent as a mail: the reply hint's To is not an e-mail address"));
    }

    @Test
    void aHintOfAnotherChannelFails() {
        SendOutcome outcome = sender(mail.getSmtp().getPort()).send("outbound-1",
                reply("Hello", new ReplyHint.Telegram("bot", "15550000001", null)), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("a telegram reply hint cannot be answered on a mail channel"));
    }

    @Test
    void aMailboxTheServerDoesNotKnowFailsWithTheServersWordsButNotTheCustomersAddress() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answering("RCPT",
                "550 5.1.1 <ana@example.net>: mailbox unavailable")) {
            SendOutcome outcome = sender(server.port()).send("outbound-1", reply("Hello", HINT), NOW);

            assertThat(outcome).isEqualTo(new SendOutcome.Failed(
                    "the SMTP server refused (550): 5.1.1 <***@example.net>: mailbox unavailable"));
        }
    }

    @Test
    void aMailboxNameTheServerDoesNotAllowFails() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answering("DATA", "553 5.1.3 mailbox name not allowed")) {
            SendOutcome outcome = sender(server.port()).send("outbound-1", reply("Hello", HINT), NOW);

            assertThat(outcome).isEqualTo(new SendOutcome.Failed(
                    "the SMTP server refused (553): 5.1.3 mailbox name not allowed"));
        }
    }

    @Test
    void aGreylistedRecipientIsRetried() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answering("RCPT", "450 4.2.0 greylisted, come back later")) {
            SendOutcome outcome = sender(server.port()).send("outbound-1", reply("Hello", HINT), NOW);

            assertThat(outcome).isEqualTo(new SendOutcome.Retry(
                    "the SMTP server answered 450: 4.2.0 greylisted, come back later", null));
        }
    }

    @Test
    void aTransientFailureAfterTheDataIsRetried() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answering("DATA", "451 4.3.0 try again later")) {
            SendOutcome outcome = sender(server.port()).send("outbound-1", reply("Hello", HINT), NOW);

            assertThat(outcome).isEqualTo(new SendOutcome.Retry("the SMTP server answered 451: 4.3.0 try again later", null));
        }
    }

    @Test
    void rejectedCredentialsFailWithoutThePasswordEvenWhenTheServerEchoesIt() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answering("AUTH",
                "535 5.7.8 credentials rejected: " + PASSWORD)) {
            SendOutcome outcome = sender(server.port()).send("outbound-1", reply("Hello", HINT), NOW);

            assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
            assertThat(((SendOutcome.Failed) outcome).reason())
                    .startsWith("the SMTP server refused (535)").doesNotContain(PASSWORD);
        }
    }

    @Test
    void aServerThatRefusesTheConnectionIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        SendOutcome outcome = sender(closedPort).send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(outcome).isInstanceOf(SendOutcome.Retry.class);
        assertThat(((SendOutcome.Retry) outcome).reason()).startsWith("the SMTP server is unreachable: ")
                .contains("Connection refused").doesNotContain(PASSWORD);
    }

    @Test
    void aServerThatNeverAnswersIsRetriedAfterTheTimeout() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.silent()) {
            SendOutcome outcome = new EmailReplySender("127.0.0.1", server.port(), false, false, LOGIN, password(),
                    SUPPORT, "example.com", Duration.ofMillis(500)).send("outbound-1", reply("Hello", HINT), NOW);

            assertThat(outcome).isEqualTo(new SendOutcome.Retry("the SMTP server did not answer within PT0.5S", null));
        }
    }

    @Test
    void aSenderAddressThatIsNoAddressIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new EmailReplySender("127.0.0.1", 25, false, true, LOGIN, password(), "support",
                "example.com", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the e-mail reply sender's from is not an e-mail address");
    }

    private static EmailReplySender sender(int port) {
        return new EmailReplySender("127.0.0.1", port, false, false, LOGIN, password(), SUPPORT, "example.com",
                Duration.ofSeconds(5));
    }

    private static Secret password() {
        return new Secret("${env:SMTP_PASSWORD}", PASSWORD);
    }

    private static ReplyHint.Email hint(String subject, String to) {
        return new ReplyHint.Email("support-mail", to, List.of(), subject, "kettle-1@example.net",
                List.of("kettle-1@example.net"), SUPPORT);
    }

    private static ReplyContent reply(String text, ReplyHint hint) {
        return new ReplyContent(text, List.of(), hint, PROTOCOL_NUMBER, "en");
    }

    /** GreenMail has stored the mail by the time it accepts the data, so the mail is there when send returns. */
    private static MimeMessage onlyMailTo(String address) {
        List<MimeMessage> received = mailTo(address);
        assertThat(received).as("mail delivered to %s", address).hasSize(1);
        return received.get(0);
    }

    /** What reached {@code address}'s own mailbox (the envelope recipient, whatever the headers say). */
    private static List<MimeMessage> mailTo(String address) {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }
}
