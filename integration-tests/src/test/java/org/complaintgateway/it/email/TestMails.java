package org.complaintgateway.it.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Small plain-text mails for the channel's tests; invented people at example.org, the mailbox at example.com. */
final class TestMails {

    private TestMails() {
    }

    /** A mail from a customer to our mailbox with the given Message-ID (without brackets). */
    static byte[] complaint(String messageId, String subject, String text) {
        return mail(messageId, null, subject, text);
    }

    /** A customer's answer to {@code inReplyTo}. */
    static byte[] reply(String messageId, String inReplyTo, String subject, String text) {
        return mail(messageId, inReplyTo, subject, text);
    }

    /** A mail from {@code from} (an address) to our mailbox, with extra header lines (each ending in CRLF). */
    static byte[] from(String from, String messageId, String subject, String extraHeaders, String text) {
        return mail(from, messageId, null, subject, extraHeaders, text);
    }

    /** A plain mail whose body is {@code bodyBytes} long, to go over size limits. */
    static byte[] ofSize(String messageId, int bodyBytes) {
        StringBuilder body = new StringBuilder(bodyBytes + 100);
        while (body.length() < bodyBytes) {
            body.append("The delivery never arrived and nobody answers the phone.\r\n");
        }
        return mail(messageId, null, "A very long complaint", body.toString());
    }

    /** A complaint with a text part and one attachment per name and content, base64 as mail clients send files. */
    static byte[] withAttachments(String messageId, String subject, String text, Map<String, byte[]> files) {
        StringBuilder mail = new StringBuilder()
                .append("From: Anna Example <anna@example.org>\r\nTo: Support <").append(MailServer.ADDRESS).append(">\r\n")
                .append("Subject: ").append(subject).append("\r\nDate: Sun, 22 Nov 2026 09:30:00 +0100\r\n")
                .append("Message-ID: <").append(messageId).append(">\r\nMIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"part\"\r\n\r\n")
                .append("--part\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(text).append("\r\n");
        files.forEach((name, content) -> mail.append("--part\r\nContent-Type: application/octet-stream\r\n")
                .append("Content-Disposition: attachment; filename=\"").append(name).append("\"\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(content)).append("\r\n"));
        return mail.append("--part--\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] mail(String messageId, String inReplyTo, String subject, String text) {
        return mail("Anna Example <anna@example.org>", messageId, inReplyTo, subject, "", text);
    }

    private static byte[] mail(String from, String messageId, String inReplyTo, String subject, String extraHeaders,
                               String text) {
        String headers = "From: " + from + "\r\n"
                + "To: Support <" + MailServer.ADDRESS + ">\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Sun, 22 Nov 2026 09:30:00 +0100\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: <" + inReplyTo + ">\r\nReferences: <" + inReplyTo + ">\r\n")
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + extraHeaders;
        return (headers + "\r\n" + text.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
