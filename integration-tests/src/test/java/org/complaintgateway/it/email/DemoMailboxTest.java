package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.complaintgateway.it.support.DeliveredComplaints;
import org.complaintgateway.it.support.FreePort;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded demo mailbox ({@code demoMailbox}, as in {@code local.yaml}): a mail sent over SMTP to the gateway's
 * own loopback mail server becomes a forwarded complaint through an e-mail channel polling it over IMAP, and the
 * mail server goes away with the gateway.
 */
class DemoMailboxTest {

    private static final String ADDRESS = "support@localhost";
    /** Fake, like the demo password committed beside local.yaml. */
    private static final String PASSWORD = "fake-demo-mailbox-password";
    /** Two polls of one second, and the time to journal and deliver. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @AutoClose
    TestGateway gateway;

    private final int smtpPort = FreePort.find();
    private final int imapPort = FreePort.find();

    @BeforeEach
    void startGatewayWithItsDemoMailbox() throws IOException {
        // beside the config file, which TestGateway writes into dir: ${file:..} resolves against its directory
        Files.writeString(dir.resolve("demo-mailbox.password"), PASSWORD + "\n");
        gateway = TestGateway.builder(dir)
                .channel("  - id: demo-mail\n    type: email\n    protocol: imap\n    host: 127.0.0.1\n"
                        + "    port: " + imapPort + "\n    user: " + ADDRESS + "\n"
                        + "    password: ${file:demo-mailbox.password}\n    pollEvery: 1s\n")
                .section("demoMailbox:\n  smtpPort: " + smtpPort + "\n  imapPort: " + imapPort + "\n"
                        + "  address: " + ADDRESS + "\n  password: ${file:demo-mailbox.password}\n")
                .build()
                .start();
    }

    @Test
    void aMailSentOverSmtpBecomesAForwardedComplaint() throws MessagingException {
        String messageId = send("Ada Example <ada@example.org>", "Late delivery", "My order 4711 is two weeks late.\n");

        DeliveredComplaints delivered = new DeliveredComplaints(dir.resolve("delivered"));
        await().atMost(WITHIN).until(() -> delivered.count() == 1);
        JsonNode complaint = delivered.all().get(0);
        assertThat(complaint.path("channel").path("type").asText()).isEqualTo("email");
        assertThat(complaint.path("channel").path("id").asText()).isEqualTo("demo-mail");
        assertThat("<" + complaint.path("channel").path("externalId").asText() + ">").isEqualTo(messageId);
        assertThat(complaint.path("customer").path("email").asText()).isEqualTo("ada@example.org");
        assertThat(complaint.path("subject").asText()).isEqualTo("Late delivery");
        assertThat(complaint.path("text").asText()).contains("My order 4711 is two weeks late.");
        Ledger ledger = new Ledger(gateway);
        await().atMost(WITHIN).until(() -> ledger.count(LedgerState.FORWARDED) == 1);
        assertThat(ledger.total()).isEqualTo(1);
    }

    @Test
    void theMailServerStopsWithTheGateway() {
        gateway.stop();

        assertThatCode(() -> bindAndRelease(smtpPort)).doesNotThrowAnyException();
        assertThatCode(() -> bindAndRelease(imapPort)).doesNotThrowAnyException();
    }

    /** Sends a plain-text mail to the demo mailbox through its SMTP port; returns the Message-ID it was given. */
    private String send(String from, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
        return message.getMessageID();
    }

    private static void bindAndRelease(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
