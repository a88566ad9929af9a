package org.complaintgateway.routes.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.email.OwnMessageIds;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Answers an e-mail complaint by mail over SMTP, in the customer's thread ({@link ReplyMail}), one connection per
 * reply. On Jakarta Mail directly rather than camel-mail's producer: the producer lets the mail session replace the
 * Message-ID, which must be ours (the store keeps it, so the customer's answer threads back to the complaint, and the
 * loop filter knows it when it comes back); it takes the password as an endpoint option, where a URI can print it; and
 * it reports failures as exceptions on the exchange, where we need Angus's SMTP reply code to tell "later" from "never".
 */
public final class EmailReplySender implements ReplySender {

    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final Secret password;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Duration timeout;
    private final Session session;

    /**
     * @param implicitTls TLS from the first byte (smtps, port 465)
     * @param startTls    upgrade with STARTTLS and refuse a server that cannot (submission, port 587); ignored with
     *                    {@code implicitTls}
     * @param password    null to send without AUTH (a relay that trusts our address)
     * @param from        the address replies come from, usually the mailbox the customer wrote to
     * @param timeout     for connecting, and for each read and write after
     */
    public EmailReplySender(String host, int port, boolean implicitTls, boolean startTls, String username,
                            Secret password, String from, String messageIdDomain, Duration timeout) {
        this.protocol = implicitTls ? "smtps" : "smtp";
        this.host = requireText(host, "host");
        this.port = port;
        this.username = username;
        this.password = password;
        this.from = sender(from);
        // a domain that cannot make a Message-ID fails here, at start-up, rather than on every reply
        OwnMessageIds.newId(messageIdDomain);
        this.messageIdDomain = messageIdDomain;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.session = Session.getInstance(properties(implicitTls, startTls));
    }

    @Override
    public SendOutcome send(String outboundId, ReplyContent content, Instant now) {
        if (!(content.replyHint() instanceof ReplyHint.Email hint)) {
            return WrongHint.failed(content.replyHint(), "mail");
        }
        String messageId = OwnMessageIds.newId(messageIdDomain);
        MimeMessage mail;
        try {
            mail = ReplyMail.compose(session, from, hint, content, messageId, now);
        } catch (MessagingException unusable) {
            return new SendOutcome.Failed("the reply cannot be sent as a mail: " + unusable.getMessage());
        }
        return scrub(transmit(mail, messageId));
    }

    private SendOutcome transmit(MimeMessage mail, String messageId) {
        Transport transport = null;
        try {
            transport = session.getTransport(protocol);
            transport.connect(host, port, username, password == null ? null : password.reveal());
            transport.sendMessage(mail, mail.getAllRecipients());
            return new SendOutcome.Sent(messageId);
        } catch (MessagingException e) {
            return SmtpFailures.classify(e, timeout);
        } finally {
            closeQuietly(transport);
        }
    }

    /** A QUIT that fails after the server took the mail changes nothing: the mail is on its way. */
    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException afterTheFact) {
            // nothing to do: the outcome is already decided
        }
    }

    private Properties properties(boolean implicitTls, boolean startTls) {
        String millis = Long.toString(timeout.toMillis());
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put(prefix + "host", host);
        properties.put(prefix + "port", Integer.toString(port));
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "auth", Boolean.toString(password != null));
        // the envelope sender, where bounces go: the mailbox whose From the customer sees
        properties.put(prefix + "from", from.getAddress());
        // the EHLO name: without it Angus asks the resolver for this host's name, which a container may not have
        properties.put(prefix + "localhost", messageIdDomain);
        if (implicitTls || startTls) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (startTls && !implicitTls) {
            properties.put(prefix + "starttls.enable", "true");
            // never fall back to plain text: the password and the customer's mail would cross the network readable
            properties.put(prefix + "starttls.required", "true");
        }
        return properties;
    }

    /** No server should echo a password, but a reason ends up in the store and in logs: make sure. */
    private SendOutcome scrub(SendOutcome outcome) {
        if (password == null || password.reveal().isEmpty()) {
            return outcome;
        }
        String secret = password.reveal();
        if (outcome instanceof SendOutcome.Retry retry) {
            return new SendOutcome.Retry(retry.reason().replace(secret, "<password>"), retry.retryAfter());
        }
        if (outcome instanceof SendOutcome.Failed failed) {
            return new SendOutcome.Failed(failed.reason().replace(secret, "<password>"));
        }
        return outcome;
    }

    private static InternetAddress sender(String from) {
        try {
            return HeaderText.address(from, "from");
        } catch (AddressException e) {
            throw new IllegalArgumentException("the e-mail reply sender's " + e.getMessage(), e);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the e-mail reply sender needs a " + name);
        }
        return value.strip();
    }
}
