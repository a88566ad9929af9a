package org.complaintgateway.routes.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which mails must wait for every mail before them to be committed: those whose mapping looks one up. */
class MailReadAheadTest {

    @Test
    void aPlainNewMailCanBeReadAhead() throws MessagingException {
        assertThat(MailReadAhead.mayReferBack(mail("From: Ada <ada@example.org>\r\nSubject: Broken kettle\r\n"))).isFalse();
    }

    @Test
    void aMailWithOurProtocolNumberInTheSubjectCanBeReadAhead() throws MessagingException {
        // the customer knows the number only once its complaint was committed
        assertThat(MailReadAhead.mayReferBack(mail("From: ada@example.org\r\nSubject: Re: [RC-2026-000042] Kettle\r\n")))
                .isFalse();
    }

    @Test
    void aReplyWaits() throws MessagingException {
        assertThat(MailReadAhead.mayReferBack(mail("From: ada@example.org\r\nIn-Reply-To: <first@example.org>\r\n"))).isTrue();
        assertThat(MailReadAhead.mayReferBack(mail("From: ada@example.org\r\nReferences: <a@x.org> <b@x.org>\r\n"))).isTrue();
    }

    @Test
    void aBounceWaits() throws MessagingException {
        assertThat(MailReadAhead.mayReferBack(mail("From: ada@example.org\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n"))).isTrue();
        assertThat(MailReadAhead.mayReferBack(mail("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n")))
                .isTrue();
        assertThat(MailReadAhead.mayReferBack(mail("From: postmaster@example.org\r\n"))).isTrue();
        assertThat(MailReadAhead.mayReferBack(mail("Return-Path: < >\r\nFrom: ada@example.org\r\n"))).isTrue();
    }

    private static MimeMessage mail(String header) throws MessagingException {
        byte[] raw = (header + "Message-ID: <m@example.org>\r\n\r\nHello.\r\n").getBytes(StandardCharsets.US_ASCII);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }
}
