package org.complaintgateway.config;

import java.util.Locale;

/** How an {@code email} channel reaches its mailbox; the TLS variants use implicit TLS from the first byte. */
public enum MailProtocol {
    IMAP(143, false, true),
    IMAPS(993, true, true),
    POP3(110, false, false),
    POP3S(995, true, false);

    private final int defaultPort;
    private final boolean tls;
    private final boolean hasFolders;

    MailProtocol(int defaultPort, boolean tls, boolean hasFolders) {
        this.defaultPort = defaultPort;
        this.tls = tls;
        this.hasFolders = hasFolders;
    }

    /** The value in YAML: {@code imap}, {@code imaps}, {@code pop3}, {@code pop3s}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The IANA port of the protocol: 143, 993, 110, 995. */
    public int defaultPort() {
        return defaultPort;
    }

    /** True when the connection is TLS from the start (imaps, pop3s). */
    public boolean tls() {
        return tls;
    }

    /** True for IMAP: POP3 knows only INBOX, and has neither flags nor folders to move mail to. */
    public boolean hasFolders() {
        return hasFolders;
    }

    /** The camel-mail endpoint scheme. */
    public String camelScheme() {
        return yamlName();
    }
}
