package org.complaintgateway.config;

/** How an e-mail channel's {@code smtp} connection is protected; each way has its IANA port. */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS, refusing a server that cannot (submission, RFC 6409). */
    STARTTLS(587),
    /** TLS from the first byte (submissions, RFC 8314). */
    TLS(465),
    /** No TLS at all: the password and the customer's mail cross the network readable. */
    NONE(25);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** 587 for starttls, 465 for tls, 25 for none. */
    public int defaultPort() {
        return defaultPort;
    }
}
