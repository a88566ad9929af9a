package org.complaintgateway.config;

/**
 * The {@code demoMailbox} section: an embedded mail server (SMTP and IMAP) for trying the e-mail channel on one
 * machine. It always listens on {@link #HOST} only; it is a demo, not a mail server for production.
 *
 * @param smtpPort where it accepts mail (default 2525)
 * @param imapPort where the mailbox is read (default 1143)
 * @param address  the mailbox's address, also its IMAP login (default support@localhost)
 * @param password the mailbox's password, a secret reference (prints masked)
 */
public record DemoMailboxSettings(int smtpPort, int imapPort, String address, Secret password) {

    /** Loopback only, and not configurable: the demo password sits in a committed file. */
    public static final String HOST = "127.0.0.1";
}
