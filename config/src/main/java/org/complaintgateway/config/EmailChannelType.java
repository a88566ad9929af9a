package org.complaintgateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code type: email}: an IMAP or POP3 mailbox the gateway polls. */
final class EmailChannelType implements ChannelType {
    static final String INBOX = "INBOX";
    static final Duration MIN_POLL_EVERY = Duration.ofSeconds(1);

    static final Key<MailProtocol> PROTOCOL = Key.required("protocol", Scalars.oneOf(MailProtocol.class));
    static final Key<String> HOST = Key.required("host", Scalars.HOST);
    static final Key<Integer> PORT = Key.optional("port", Scalars.PORT, null); // null: the protocol's port
    static final Key<String> USER = Key.required("user", Scalars.singleLine("a user name (not empty, on one line)"));
    static final Key<Secret> PASSWORD = Key.required("password", Scalars.SECRET);
    static final Key<String> FOLDER = Key.optional("folder", Scalars.MAIL_FOLDER, INBOX);
    static final Key<Duration> POLL_EVERY = Key.optional("pollEvery", Scalars.DURATION, Duration.ofSeconds(10));
    static final Key<AfterProcessing> AFTER_PROCESSING = Key.optional("afterProcessing",
            Scalars.oneOf(AfterProcessing.class), null); // null: seen for IMAP, delete for POP3
    static final Key<String> MOVE_TO = Key.optional("moveTo", Scalars.MAIL_FOLDER, null);
    static final Key<String> FAILED_FOLDER = Key.optional("failedFolder", Scalars.MAIL_FOLDER, "Failed");
    static final Key<Integer> MAX_ATTEMPTS = Key.optional("maxAttempts", Scalars.wholeNumber(1, 100), 5);
    static final Key<Integer> MAX_MESSAGES_PER_POLL = Key.optional("maxMessagesPerPoll",
            Scalars.wholeNumber(1, 10_000), 100);
    static final Key<Long> MAX_MESSAGE_SIZE = Key.optional("maxMessageSize", Scalars.SIZE, 25L << 20);
    static final Key<List<String>> OWN_ADDRESSES = Key.optional("ownAddresses", Scalars.EMAIL_ADDRESSES, null);
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, Duration.ofSeconds(30));
    static final Key<Path> TRUST_CERTIFICATE = Key.optional("trustCertificate", new CertificateFileValue(), null);
    static final Key<Boolean> DEDUPE_ACROSS_MAILBOXES = Key.optional("dedupeAcrossMailboxes", Scalars.BOOLEAN, true);
    static final Key<Boolean> KEEP_HTML = Key.optional("keepHtml", Scalars.BOOLEAN, false);
    static final Key<Integer> MAX_ATTACHMENTS = Key.optional("maxAttachments", Scalars.wholeNumber(0, 1000), 20);
    static final Key<Long> MAX_ATTACHMENTS_SIZE = Key.optional("maxAttachmentsSize", Scalars.SIZE, 25L << 20);
    static final Key<Integer> MAX_NESTING_DEPTH = Key.optional("maxNestingDepth", Scalars.wholeNumber(1, 50), 5);
    static final Key<Values> SMTP = Key.optional("smtp", SmtpSection.SECTION, null); // null: sends no replies

    private static final Section SECTION = Section.of(PROTOCOL, HOST, PORT, USER, PASSWORD, FOLDER, POLL_EVERY,
            AFTER_PROCESSING, MOVE_TO, FAILED_FOLDER, MAX_ATTEMPTS, MAX_MESSAGES_PER_POLL, MAX_MESSAGE_SIZE,
            OWN_ADDRESSES, TIMEOUT, TRUST_CERTIFICATE, DEDUPE_ACROSS_MAILBOXES, KEEP_HTML, MAX_ATTACHMENTS,
            MAX_ATTACHMENTS_SIZE, MAX_NESTING_DEPTH, SMTP);

    @Override
    public String name() {
        return "email";
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public List<Key<String>> httpPaths() {
        return List.of();
    }

    @Override
    public ChannelConfig build(String id, Values values, Cursor cursor) {
        MailProtocol protocol = values.get(PROTOCOL);
        AfterProcessing afterProcessing = values.isWritten(AFTER_PROCESSING) ? values.get(AFTER_PROCESSING)
                : protocol.hasFolders() ? AfterProcessing.SEEN : AfterProcessing.DELETE;
        String folder = isInbox(values.get(FOLDER)) ? INBOX : values.get(FOLDER);
        checkPollEvery(values, cursor);
        if (protocol.hasFolders()) {
            checkImapFolders(values, folder, afterProcessing, cursor);
        } else {
            checkPop3HasNoFolders(values, cursor);
        }
        if (values.isWritten(MOVE_TO) && afterProcessing != AfterProcessing.MOVE) {
            fail(cursor, values, MOVE_TO, "only used when afterProcessing is move, and it is "
                    + afterProcessing.name().toLowerCase(Locale.ROOT) + "; remove moveTo or set afterProcessing: move");
        }
        if (values.isWritten(TRUST_CERTIFICATE) && !protocol.tls()) {
            fail(cursor, values, TRUST_CERTIFICATE, "only used with imaps or pop3s: " + protocol.yamlName()
                    + " connects without TLS, so there is no server certificate to trust");
        }
        if (values.get(MAX_ATTACHMENTS_SIZE) > values.get(MAX_MESSAGE_SIZE)) {
            fail(cursor, values, MAX_ATTACHMENTS_SIZE,
                    "must not be larger than maxMessageSize: attachments travel inside the mail");
        }
        SmtpSettings smtp = values.isWritten(SMTP) ? SmtpSection.build(values.get(SMTP), values,
                cursor.child(SMTP.name())) : null;
        return new EmailChannelConfig(id, protocol, values.get(HOST),
                values.isWritten(PORT) ? values.get(PORT) : protocol.defaultPort(), values.get(USER),
                values.get(PASSWORD), folder, values.get(POLL_EVERY), afterProcessing, values.get(MOVE_TO),
                protocol.hasFolders() ? values.get(FAILED_FOLDER) : null, values.get(MAX_ATTEMPTS),
                values.get(MAX_MESSAGES_PER_POLL), values.get(MAX_MESSAGE_SIZE), ownAddresses(values, smtp),
                values.get(TIMEOUT), values.get(TRUST_CERTIFICATE), values.get(DEDUPE_ACROSS_MAILBOXES),
                values.get(KEEP_HTML), values.get(MAX_ATTACHMENTS), values.get(MAX_ATTACHMENTS_SIZE),
                values.get(MAX_NESTING_DEPTH), smtp);
    }

    /** Two channels polling one mailbox would fetch the same mails and race to flag, move or delete them. */
    @Override
    public Optional<String> polledSource(ChannelConfig channel) {
        EmailChannelConfig email = (EmailChannelConfig) channel;
        return Optional.of("mailbox '" + email.folder() + "' of " + email.user() + " on " + email.protocol().yamlName()
                + "://" + email.host().toLowerCase(Locale.ROOT) + ":" + email.port());
    }

    private static void checkPollEvery(Values values, Cursor cursor) {
        if (values.get(POLL_EVERY).compareTo(MIN_POLL_EVERY) < 0) {
            fail(cursor, values, POLL_EVERY, "must be at least 1s: mail servers throttle or block accounts that poll "
                    + "more often, and a second is already quicker than mail is delivered");
        }
    }

    private static void checkImapFolders(Values values, String folder, AfterProcessing afterProcessing, Cursor cursor) {
        if (afterProcessing == AfterProcessing.MOVE && !values.isWritten(MOVE_TO)) {
            fail(cursor, values, MOVE_TO, "required when afterProcessing is move: the folder processed mail goes to");
        }
        String moveTo = values.get(MOVE_TO);
        String failedFolder = values.get(FAILED_FOLDER);
        if (moveTo != null && afterProcessing == AfterProcessing.MOVE && sameFolder(moveTo, folder)) {
            fail(cursor, values, MOVE_TO, "must differ from folder '" + folder + "', the folder being polled");
        }
        if (sameFolder(failedFolder, folder)) {
            fail(cursor, values, FAILED_FOLDER, "must differ from folder '" + folder
                    + "': a failed mail left in the polled folder would be fetched again and again");
        } else if (moveTo != null && afterProcessing == AfterProcessing.MOVE && sameFolder(moveTo, failedFolder)) {
            fail(cursor, values, MOVE_TO, "must differ from failedFolder '" + failedFolder
                    + "': processed and failed mail would end up mixed in one folder");
        }
    }

    private static void checkPop3HasNoFolders(Values values, Cursor cursor) {
        if (values.isWritten(FOLDER) && !isInbox(values.get(FOLDER))) {
            fail(cursor, values, FOLDER, "POP3 reaches only INBOX; use protocol imap or imaps to poll another folder");
        }
        if (values.isWritten(AFTER_PROCESSING) && values.get(AFTER_PROCESSING) != AfterProcessing.DELETE) {
            fail(cursor, values, AFTER_PROCESSING, "must be delete with POP3: POP3 has no flags or folders to mark "
                    + "a mail as processed, so it is deleted once journaled (use imap or imaps to keep mail on the server)");
        }
        if (values.isWritten(FAILED_FOLDER)) {
            fail(cursor, values, FAILED_FOLDER, "POP3 has no folders to move a failed mail to; remove failedFolder "
                    + "or use protocol imap or imaps");
        }
    }

    /**
     * Written addresses as they are; else the login when it is an address, since that is where mail arrives, and the
     * address replies are sent from, so the loop filter knows a reply that comes back.
     */
    private static List<String> ownAddresses(Values values, SmtpSettings smtp) {
        if (values.isWritten(OWN_ADDRESSES)) {
            return values.get(OWN_ADDRESSES);
        }
        List<String> own = new ArrayList<>();
        String user = values.get(USER);
        if (Scalars.EMAIL_ADDRESS_FORM.matcher(user).matches()) {
            own.add(user);
        }
        if (smtp != null && !smtp.from().equalsIgnoreCase(user)) {
            own.add(smtp.from());
        }
        return own;
    }

    /** IMAP (RFC 3501, 5.1) treats INBOX case-insensitively; every other name as written. */
    private static boolean isInbox(String folder) {
        return folder.equalsIgnoreCase(INBOX);
    }

    private static boolean sameFolder(String a, String b) {
        return a.equals(b) || (isInbox(a) && isInbox(b));
    }

    private static void fail(Cursor cursor, Values values, Key<?> key, String message) {
        cursor.child(key.name()).fail(values.where(key), message);
    }
}
