package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: an {@code email} channel needs only protocol, host, user and password; every other key takes the default
 * its protocol implies (port, afterProcessing, failedFolder), and the password never prints.
 */
class EmailChannelTest {
    private static final String FAKE_PASSWORD = "fake-mail-password";
    private static final Map<String, String> ENV = Map.of("MAIL_PASSWORD", FAKE_PASSWORD);
    private static final Secret PASSWORD = new Secret("${env:MAIL_PASSWORD}", FAKE_PASSWORD);

    @TempDir
    Path dir;

    @Test
    void imapChannelTakesItsDefaults() throws Exception {
        EmailChannelConfig channel = onlyChannel(load(mailbox("imap", "support@example.com")));

        assertThat(channel).isEqualTo(new EmailChannelConfig("support-mail", MailProtocol.IMAP, "imap.example.com",
                143, "support@example.com", PASSWORD, "INBOX", Duration.ofSeconds(10), AfterProcessing.SEEN, null,
                "Failed", 5, 100, 25L << 20, List.of("support@example.com"), Duration.ofSeconds(30), null, true,
                false, 20, 25L << 20, 5, null));
        assertThat(channel.type()).isEqualTo("email");
    }

    @Test
    void pop3ChannelDeletesAfterProcessingAndHasNoFailedFolder() throws Exception {
        EmailChannelConfig channel = onlyChannel(load(mailbox("pop3", "support@example.com")));

        assertThat(channel).isEqualTo(new EmailChannelConfig("support-mail", MailProtocol.POP3, "imap.example.com",
                110, "support@example.com", PASSWORD, "INBOX", Duration.ofSeconds(10), AfterProcessing.DELETE, null,
                null, 5, 100, 25L << 20, List.of("support@example.com"), Duration.ofSeconds(30), null, true,
                false, 20, 25L << 20, 5, null));
    }

    @Test
    void portDefaultsToTheProtocolsOwn() throws Exception {
        assertThat(onlyChannel(load(mailbox("imaps", "support@example.com"))).port()).isEqualTo(993);
        assertThat(onlyChannel(load(mailbox("pop3s", "support@example.com"))).port()).isEqualTo(995);
    }

    @Test
    void protocolsKnowTheirTlsFoldersAndCamelScheme() {
        assertThat(MailProtocol.IMAPS.tls()).isTrue();
        assertThat(MailProtocol.IMAP.tls()).isFalse();
        assertThat(MailProtocol.POP3S.hasFolders()).isFalse();
        assertThat(MailProtocol.IMAP.hasFolders()).isTrue();
        assertThat(MailProtocol.POP3S.camelScheme()).isEqualTo("pop3s");
        assertThat(MailProtocol.IMAPS.yamlName()).isEqualTo("imaps");
    }

    @Test
    void ownAddressesDefaultToNoneWhenTheLoginIsNotAnAddress() throws Exception {
        assertThat(onlyChannel(load(mailbox("imaps", "support"))).ownAddresses()).isEmpty();
    }

    @Test
    void ownAddressesMayBeAnEmptyList() throws Exception {
        String yaml = mailbox("imaps", "support@example.com") + "    ownAddresses: []\n";

        assertThat(onlyChannel(load(yaml)).ownAddresses()).isEmpty();
    }

    @Test
    void inboxIsRecognisedInAnyCaseLikeImapDoes() throws Exception {
        String yaml = mailbox("pop3", "support@example.com") + "    folder: inbox\n";

        assertThat(onlyChannel(load(yaml)).folder()).isEqualTo("INBOX");
    }

    @Test
    void everyKeyBindsWhenWritten() throws Exception {
        Files.createDirectory(dir.resolve("certs"));
        Files.copy(testCertificate(), dir.resolve("certs/mail.pem"));
        String yaml = mailbox("imaps", "support") + """
                    port: 1993
                    folder: Complaints
                    pollEvery: 1m
                    afterProcessing: move
                    moveTo: Complaints/Done
                    failedFolder: Complaints/Failed
                    maxAttempts: 3
                    maxMessagesPerPoll: 50
                    maxMessageSize: 10MB
                    ownAddresses: [support@example.com, help@example.com]
                    timeout: 1m
                    trustCertificate: certs/mail.pem
                    dedupeAcrossMailboxes: false
                    keepHtml: true
                    maxAttachments: 0
                    maxAttachmentsSize: 5MB
                    maxNestingDepth: 10
                """;

        assertThat(onlyChannel(load(yaml))).isEqualTo(new EmailChannelConfig("support-mail", MailProtocol.IMAPS,
                "imap.example.com", 1993, "support", PASSWORD, "Complaints", Duration.ofMinutes(1),
                AfterProcessing.MOVE, "Complaints/Done", "Complaints/Failed", 3, 50, 10L << 20,
                List.of("support@example.com", "help@example.com"), Duration.ofMinutes(1),
                dir.resolve("certs/mail.pem"), false, true, 0, 5L << 20, 10, null));
    }

    @Test
    void passwordIsMaskedWhenTheChannelPrints() throws Exception {
        EmailChannelConfig channel = onlyChannel(load(mailbox("imaps", "support@example.com")));

        assertThat(channel.toString()).doesNotContain(FAKE_PASSWORD).contains("password=****(${env:MAIL_PASSWORD})");
        assertThat(channel.password().reveal()).isEqualTo(FAKE_PASSWORD);
    }

    @Test
    void sameLoginOnAnotherFolderOrServerIsAnotherMailbox() throws Exception {
        String yaml = mailbox("imaps", "support@example.com") + """
                  - id: support-archive
                    type: email
                    protocol: imaps
                    host: imap.example.com
                    user: support@example.com
                    password: ${env:MAIL_PASSWORD}
                    folder: Archive
                  - id: support-pop
                    type: email
                    protocol: pop3s
                    host: imap.example.com
                    user: support@example.com
                    password: ${env:MAIL_PASSWORD}
                """;

        assertThat(load(yaml).channels()).extracting(ChannelConfig::id)
                .containsExactly("support-mail", "support-archive", "support-pop");
    }

    private static String mailbox(String protocol, String user) {
        return """
                channels:
                  - id: support-mail
                    type: email
                    protocol: %s
                    host: imap.example.com
                    user: %s
                    password: ${env:MAIL_PASSWORD}
                """.formatted(protocol, user);
    }

    private static EmailChannelConfig onlyChannel(GatewayConfig config) {
        assertThat(config.channels()).hasSize(1);
        return (EmailChannelConfig) config.channels().get(0);
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    static Path testCertificate() {
        try {
            return Path.of(Objects.requireNonNull(EmailChannelTest.class.getResource("/certs/mail.example.com.pem")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
