package org.complaintgateway.it.email;

import java.nio.charset.StandardCharsets;

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
