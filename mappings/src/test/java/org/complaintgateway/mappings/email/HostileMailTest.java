package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;

/**
 * A mail built to exhaust the parser (thousands of nested multiparts or messages, a flood of header fields) is
 * answered within a bounded time, without an exception escaping. These mails are generated: as files they would
 * be megabytes of repetition.
 */
class HostileMailTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String HEAD = "From: Jane Example <jane@example.com>\r\nTo: support@example.com\r\n"
            + "Subject: Deep\r\nMessage-ID: <hostile@mail.example.com>\r\n";

    @Test
    void deeplyNestedMultipartDoesNotExhaustTheStack() {
        int depth = 3_000;
        StringBuilder mail = new StringBuilder(HEAD);
        for (int i = 0; i < depth; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        mail.append("Content-Type: text/plain\r\n\r\nbottom\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            mail.append("--b").append(i).append("--\r\n");
        }

        Complaint complaint = EmailFixtures.valid(map(mail.toString()));

        assertThat(complaint.flags()).contains("attachmentsDropped");
    }

    @Test
    void deeplyNestedMessagesDoNotExhaustTheStack() {
        String mail = HEAD + "Content-Type: text/plain\r\n\r\nbottom\r\n";
        for (int i = 0; i < 2_000; i++) {
            mail = HEAD + "Content-Type: message/rfc822\r\n\r\n" + mail;
        }

        assertThat(map(mail)).isNotNull();
    }

    @Test
    void floodOfHeaderFieldsIsQuarantined() {
        String mail = HEAD + "X-Filler: 0123456789\r\n".repeat(200_000) + "Content-Type: text/plain\r\n\r\ntext\r\n";

        assertThat(map(mail)).isEqualTo(new MappingResult.Quarantined("unparseable mail: more than 5000 header fields in one part"));
    }

    @Test
    void longReceivedChainIsStillAMail() {
        String mail = "Received: from relay.example.net by mx.example.com\r\n".repeat(500) + HEAD
                + "Content-Type: text/plain\r\n\r\ntext\r\n";

        assertThat(map(mail)).isInstanceOf(MappingResult.Mapped.class);
    }

    private static MappingResult map(String mail) {
        byte[] raw = mail.getBytes(StandardCharsets.US_ASCII);
        return assertTimeoutPreemptively(LIMIT, () -> EmailMapper.map(
                raw, EmailFixtures.IDENTITY, null, EmailFixtures.SETTINGS, ThreadLookup.NONE));
    }
}
