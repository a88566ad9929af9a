package org.complaintgateway.config;

import java.time.Duration;
import java.util.Objects;

/**
 * An e-mail channel's {@code smtp} section: the server replies to its customers are sent through. Every key but
 * {@code host} falls back on the channel, since the usual setup is one account for reading and for sending.
 *
 * @param host            the SMTP server
 * @param port            its port (default by security: 587 for starttls, 465 for tls, 25 for none)
 * @param security        how the connection is protected (default starttls)
 * @param user            the SMTP login (default the channel's user)
 * @param password        the SMTP password, a secret reference (default the channel's password; prints masked)
 * @param from            the address replies come from, always one of the channel's ownAddresses, so the loop
 *                        filter knows a reply that comes back (default the first of ownAddresses, else the channel's
 *                        user when it is an e-mail address)
 * @param messageIdDomain the domain of the Message-IDs of replies, and the name the gateway gives in EHLO (default
 *                        the domain of from)
 * @param timeout         connect, read and write timeout of the SMTP server (default the channel's timeout)
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, String user, Secret password, String from,
                           String messageIdDomain, Duration timeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(messageIdDomain, "messageIdDomain");
        Objects.requireNonNull(timeout, "timeout");
    }
}
