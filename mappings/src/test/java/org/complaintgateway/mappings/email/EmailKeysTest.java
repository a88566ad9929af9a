package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.raw;

import java.nio.charset.StandardCharsets;
import org.complaintgateway.mappings.Sha256;
import org.junit.jupiter.api.Test;

/** A mail's journal and dedupe key is its Message-ID, or a hash of its bytes when it has none; never an exception. */
class EmailKeysTest {

    @Test
    void keyIsTheMessageIdWithoutBrackets() {
        assertThat(EmailKeys.messageKey(raw("plain-text.eml"))).isEqualTo("kettle-1@mail.example.com");
    }

    @Test
    void theKeyIsReadFromTheHeaderAloneWhateverTheBodyHolds() {
        String header = "Message-ID: <header-1@example.org>\r\nContent-Type: multipart/mixed; boundary=b\r\n";
        // a body that looks like more header lines, and a multipart never closed: neither is read
        byte[] crlf = (header + "\r\nMessage-ID: <body@example.org>\r\n--b\r\n" + "x".repeat(100_000))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] lf = (header.replace("\r\n", "\n") + "\nMessage-ID: <body@example.org>\n").getBytes(StandardCharsets.US_ASCII);
        byte[] noBody = header.getBytes(StandardCharsets.US_ASCII);

        assertThat(EmailKeys.messageKey(crlf)).isEqualTo("header-1@example.org");
        assertThat(EmailKeys.messageKey(lf)).isEqualTo("header-1@example.org");
        assertThat(EmailKeys.messageKey(noBody)).isEqualTo("header-1@example.org");
        assertThat(MimeParser.headerLength(crlf)).isEqualTo(header.length() + 2);
        assertThat(MimeParser.headerLength(noBody)).isEqualTo(noBody.length);
    }

    @Test
    void missingMessageIdGivesTheHashOfTheRawBytes() {
        byte[] raw = raw("no-message-id.eml");

        assertThat(EmailKeys.messageKey(raw)).isEqualTo("sha256:" + Sha256.hex(raw));
    }

    @Test
    void emptyMessageIdGivesTheHash() {
        byte[] raw = "Message-ID: <  >\r\nFrom: a@example.com\r\n\r\nx".getBytes(StandardCharsets.US_ASCII);

        assertThat(EmailKeys.messageKey(raw)).startsWith("sha256:");
    }

    @Test
    void foldedMessageIdIsUnfolded() {
        byte[] raw = "Message-ID:\r\n <folded@example.com>\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);

        assertThat(EmailKeys.messageKey(raw)).isEqualTo("folded@example.com");
    }

    @Test
    void emptyNullAndGarbageInputsGiveAHash() {
        assertThat(EmailKeys.messageKey(new byte[0])).isEqualTo("sha256:" + Sha256.hex(new byte[0]));
        assertThat(EmailKeys.messageKey(null)).isEqualTo("sha256:" + Sha256.hex(new byte[0]));
        assertThat(EmailKeys.messageKey(raw("unparseable-garbage.eml"))).startsWith("sha256:");
    }
}
