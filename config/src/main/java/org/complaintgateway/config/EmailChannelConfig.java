package org.complaintgateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A {@code type: email} channel: an IMAP or POP3 mailbox the gateway polls.
 *
 * @param id                    channel id
 * @param protocol              imap, imaps, pop3 or pop3s (imaps and pop3s are TLS from the first byte)
 * @param host                  the mail server
 * @param port                  the mail server's port (default by protocol: 143, 993, 110, 995)
 * @param user                  the mailbox login
 * @param password              the mailbox password, a secret reference (prints masked)
 * @param folder                the folder polled (default INBOX; always INBOX for POP3)
 * @param pollEvery             time between polls (default 10s, at least 1s)
 * @param afterProcessing       what is done to a journaled mail (default seen for IMAP, delete for POP3)
 * @param moveTo                the folder a journaled mail is moved to when afterProcessing is move, else null
 * @param failedFolder          where a mail goes after maxAttempts failures or when over maxMessageBytes
 *                              (default Failed); null for POP3, which has no folders
 * @param maxAttempts           tries of one mail before it is quarantined (default 5)
 * @param maxMessagesPerPoll    mails fetched in one poll at most (default 100)
 * @param maxMessageBytes       larger mails are quarantined from their size alone (YAML {@code maxMessageSize},
 *                              default 25MB)
 * @param ownAddresses          our own addresses, for loop detection and the reply hint (default [user] when user
 *                              is an e-mail address, else empty; and smtp's from when it is another)
 * @param timeout               connect and read timeout of the mail server (default 30s)
 * @param trustCertificate      a PEM certificate trusted besides the JVM's CAs, resolved against the config file's
 *                              directory; null when none (only with imaps or pop3s)
 * @param dedupeAcrossMailboxes true (default): one Message-ID arriving in two of our e-mail channels is one
 *                              complaint; false: duplicates are looked for within this channel only
 * @param keepHtml              also deliver the sanitized HTML body (default false)
 * @param maxAttachments        attachments kept per mail, more are dropped and flagged (default 20)
 * @param maxAttachmentsBytes   total size of the attachments kept per mail (YAML {@code maxAttachmentsSize},
 *                              default 25MB)
 * @param maxNestingDepth       MIME nesting depth followed (default 5)
 * @param smtp                  the server replies are sent through; null when the channel has none, so it cannot
 *                              send replies
 */
public record EmailChannelConfig(String id, MailProtocol protocol, String host, int port, String user,
                                 Secret password, String folder, Duration pollEvery, AfterProcessing afterProcessing,
                                 String moveTo, String failedFolder, int maxAttempts, int maxMessagesPerPoll,
                                 long maxMessageBytes, List<String> ownAddresses, Duration timeout,
                                 Path trustCertificate, boolean dedupeAcrossMailboxes, boolean keepHtml,
                                 int maxAttachments, long maxAttachmentsBytes, int maxNestingDepth,
                                 SmtpSettings smtp)
        implements ChannelConfig {

    public EmailChannelConfig {
        ownAddresses = List.copyOf(ownAddresses);
    }

    @Override
    public String type() {
        return "email";
    }
}
