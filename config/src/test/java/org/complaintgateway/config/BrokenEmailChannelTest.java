package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: every mistake in an {@code email} channel is reported with its line, column and field, and says why the
 * value cannot work, above all where POP3 lacks what IMAP has. One row per mistake: a valid mailbox on lines 1-7,
 * the protocol on line 4, the mistake from line 8.
 */
class BrokenEmailChannelTest {
    private static final Map<String, String> ENV = Map.of("MAIL_PASSWORD", "fake-mail-password");

    @TempDir
    Path dir;

    @BeforeEach
    void certificateBesideTheConfig() throws IOException {
        Files.copy(EmailChannelTest.testCertificate(), dir.resolve("mail.pem"));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("unknown protocol", "imap4", "",
                        "4:15: channel 'support-mail', field 'protocol': expected one of imap, imaps, pop3, pop3s, got \"imap4\""),
                mistake("poll faster than a second", "imaps", "pollEvery: 500ms",
                        "8:16: channel 'support-mail', field 'pollEvery': must be at least 1s: mail servers throttle or block "
                                + "accounts that poll more often, and a second is already quicker than mail is delivered"),
                mistake("pop3 folder other than INBOX", "pop3", "folder: Complaints",
                        "8:13: channel 'support-mail', field 'folder': POP3 reaches only INBOX; use protocol imap or imaps "
                                + "to poll another folder"),
                mistake("pop3 marking mail seen", "pop3s", "afterProcessing: seen",
                        "8:22: channel 'support-mail', field 'afterProcessing': must be delete with POP3: POP3 has no flags "
                                + "or folders to mark a mail as processed, so it is deleted once journaled (use imap or imaps "
                                + "to keep mail on the server)"),
                mistake("pop3 moving mail", "pop3", "afterProcessing: move\n    moveTo: Done",
                        "8:22: channel 'support-mail', field 'afterProcessing': must be delete with POP3: POP3 has no flags "
                                + "or folders to mark a mail as processed, so it is deleted once journaled (use imap or imaps "
                                + "to keep mail on the server)"),
                mistake("pop3 failed folder", "pop3", "failedFolder: Failed",
                        "8:19: channel 'support-mail', field 'failedFolder': POP3 has no folders to move a failed mail to; "
                                + "remove failedFolder or use protocol imap or imaps"),
                mistake("move without moveTo", "imaps", "afterProcessing: move",
                        "2:5: channel 'support-mail', field 'moveTo': required when afterProcessing is move: the folder "
                                + "processed mail goes to"),
                mistake("moveTo without move", "imaps", "moveTo: Done",
                        "8:13: channel 'support-mail', field 'moveTo': only used when afterProcessing is move, and it is "
                                + "seen; remove moveTo or set afterProcessing: move"),
                mistake("moveTo with pop3", "pop3", "moveTo: Done",
                        "8:13: channel 'support-mail', field 'moveTo': only used when afterProcessing is move, and it is "
                                + "delete; remove moveTo or set afterProcessing: move"),
                mistake("moveTo the polled folder", "imaps", "afterProcessing: move\n    moveTo: inbox",
                        "9:13: channel 'support-mail', field 'moveTo': must differ from folder 'INBOX', the folder being polled"),
                mistake("failedFolder the polled folder", "imap", "failedFolder: INBOX",
                        "8:19: channel 'support-mail', field 'failedFolder': must differ from folder 'INBOX': a failed mail "
                                + "left in the polled folder would be fetched again and again"),
                mistake("moveTo the failed folder", "imaps", "afterProcessing: move\n    moveTo: Failed",
                        "9:13: channel 'support-mail', field 'moveTo': must differ from failedFolder 'Failed': processed "
                                + "and failed mail would end up mixed in one folder"),
                mistake("folder with a line break", "imaps", "folder: \"INBOX\\r\\nA1 DELETE Archive\"",
                        "8:13: channel 'support-mail', field 'folder': expected a folder name (not empty, on one line), "
                                + "got text with a line break or another control character"),
                mistake("empty folder", "imaps", "folder: \"\"",
                        "8:13: channel 'support-mail', field 'folder': expected a folder name (not empty, on one line), got \"\""),
                mistake("certificate without TLS", "imap", "trustCertificate: mail.pem",
                        "8:23: channel 'support-mail', field 'trustCertificate': only used with imaps or pop3s: imap "
                                + "connects without TLS, so there is no server certificate to trust"),
                mistake("certificate file missing", "imaps", "trustCertificate: certs/missing.pem",
                        "8:23: channel 'support-mail', field 'trustCertificate': cannot use certificate file "
                                + "'certs/missing.pem' (no such file)"),
                mistake("certificate file is not a certificate", "imaps", "trustCertificate: gateway.yaml",
                        "8:23: channel 'support-mail', field 'trustCertificate': cannot use certificate file "
                                + "'gateway.yaml' (not a PEM or DER X.509 certificate)"),
                mistake("own address that is not an address", "imaps", "ownAddresses: [support@example.com, support]",
                        "8:41: channel 'support-mail', field 'ownAddresses[1]': expected an e-mail address such as "
                                + "support@example.com, got \"support\""),
                mistake("own addresses as one value", "imaps", "ownAddresses: support@example.com",
                        "8:19: channel 'support-mail', field 'ownAddresses': expected a list of e-mail addresses such as "
                                + "[support@example.com], got a single value"),
                mistake("no attempt at all", "imaps", "maxAttempts: 0",
                        "8:18: channel 'support-mail', field 'maxAttempts': expected a whole number from 1 to 100, got \"0\""),
                mistake("too many messages per poll", "imaps", "maxMessagesPerPoll: 10001",
                        "8:25: channel 'support-mail', field 'maxMessagesPerPoll': expected a whole number from 1 to 10000, "
                                + "got \"10001\""),
                mistake("too many attachments", "imaps", "maxAttachments: 1001",
                        "8:21: channel 'support-mail', field 'maxAttachments': expected a whole number from 0 to 1000, "
                                + "got \"1001\""),
                mistake("nesting too deep", "imaps", "maxNestingDepth: 51",
                        "8:22: channel 'support-mail', field 'maxNestingDepth': expected a whole number from 1 to 50, got \"51\""),
                mistake("message size in lower case", "imaps", "maxMessageSize: 25mb",
                        "8:21: channel 'support-mail', field 'maxMessageSize': expected a positive size such as 512, 64KB, "
                                + "10MB or 1GB, got \"25mb\""),
                mistake("attachments larger than the mail", "imaps", "maxAttachmentsSize: 30MB",
                        "8:25: channel 'support-mail', field 'maxAttachmentsSize': must not be larger than maxMessageSize: "
                                + "attachments travel inside the mail"),
                mistake("yes for a boolean", "imaps", "keepHtml: yes",
                        "8:15: channel 'support-mail', field 'keepHtml': expected true or false, got \"yes\""),
                mistake("dedupe switched off in words", "imaps", "dedupeAcrossMailboxes: off",
                        "8:28: channel 'support-mail', field 'dedupeAcrossMailboxes': expected true or false, got \"off\""),
                mistake("zero timeout", "imaps", "timeout: 0s",
                        "8:14: channel 'support-mail', field 'timeout': expected a positive duration such as 500ms, 10s, "
                                + "5m, 2h, 30d or PT10S, got \"0s\""),
                mistake("port out of range", "imaps", "port: 99300",
                        "8:11: channel 'support-mail', field 'port': expected a port from 1 to 65535, got \"99300\""),
                mistake("misspelt key", "imaps", "moveto: Done",
                        "8:5: channel 'support-mail': unknown key 'moveto' (did you mean 'moveTo'?)"));
    }

    private static Arguments mistake(String name, String protocol, String lines, String error) {
        return Arguments.of(name, protocol, lines, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIsAndWhy(String name, String protocol, String lines, String error) throws IOException {
        String yaml = """
                channels:
                  - id: support-mail
                    type: email
                    protocol: %s
                    host: imap.example.com
                    user: support@example.com
                    password: ${env:MAIL_PASSWORD}
                """.formatted(protocol) + (lines.isEmpty() ? "" : "    " + lines + "\n");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:" + error);
    }

    @Test
    void reportsEveryMissingRequiredKeyAtTheChannel() throws IOException {
        String yaml = """
                channels:
                  - id: support-mail
                    type: email
                """;

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:2:5: channel 'support-mail', field 'protocol': required key is missing",
                "gateway.yaml:2:5: channel 'support-mail', field 'host': required key is missing",
                "gateway.yaml:2:5: channel 'support-mail', field 'user': required key is missing",
                "gateway.yaml:2:5: channel 'support-mail', field 'password': required key is missing");
    }

    @Test
    void rejectsLiteralPasswordWithoutQuotingIt() throws IOException {
        String yaml = """
                channels:
                  - id: support-mail
                    type: email
                    protocol: imaps
                    host: imap.example.com
                    user: support@example.com
                    password: fake-literal-password
                """;

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:7:15: channel 'support-mail', field 'password': "
                + "secrets must be a reference: ${env:NAME} or ${file:PATH}");
    }

    @Test
    void rejectsSecondChannelPollingTheSameMailboxNamingTheFirst() throws IOException {
        String yaml = """
                channels:
                  - id: support-mail
                    type: email
                    protocol: imaps
                    host: imap.example.com
                    user: support@example.com
                    password: ${env:MAIL_PASSWORD}
                  - id: support-copy
                    type: email
                    protocol: imaps
                    host: IMAP.example.com
                    port: 993
                    user: support@example.com
                    password: ${env:MAIL_PASSWORD}
                    folder: Inbox
                """;

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:8:9: channel 'support-copy': mailbox 'INBOX' of "
                + "support@example.com on imaps://imap.example.com:993 is already polled by channel 'support-mail' "
                + "(line 2); two channels on one mailbox would fetch the same mails and race to flag, move or delete them");
    }

    @Test
    void reportsEveryMistakeOfOneChannelAtOnce() throws IOException {
        String yaml = """
                channels:
                  - id: support-mail
                    type: email
                    protocol: pop3
                    host: imap.example.com
                    user: support@example.com
                    password: ${env:MAIL_PASSWORD}
                    folder: Complaints
                    afterProcessing: seen
                    failedFolder: Failed
                """;

        assertThat(errorsOf(yaml)).extracting(error -> error.substring(0, error.indexOf(": channel")))
                .containsExactly("gateway.yaml:8:13", "gateway.yaml:9:22", "gateway.yaml:10:19");
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
