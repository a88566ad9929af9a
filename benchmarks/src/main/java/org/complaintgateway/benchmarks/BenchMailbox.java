package org.complaintgateway.benchmarks;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.Properties;

/**
 * The mailbox both systems drain: GreenMail in this JVM with IMAP on a free loopback port and one user. Mail goes
 * straight into the inbox through GreenMail's store (no SMTP), byte for byte, unseen, as if it had just arrived.
 * GreenMail keeps mail in memory: a fresh mailbox per run, closed after it.
 * Its IMAP server is {@link IndexedImapServer}: GreenMail's, with TCP_NODELAY and without its O(n²) message numbering.
 */
final class BenchMailbox implements AutoCloseable {

    static final String ADDRESS = "support@example.com";
    static final String LOGIN = "support";
    /** Fake, as every credential in the benchmarks. */
    static final String PASSWORD = "bench-mailbox-password-not-a-real-one";

    private static final Session PARSING = Session.getInstance(new Properties());

    private static final long STARTUP_TIMEOUT_MILLIS = 10_000;

    private final Managers managers;
    private final IndexedImapServer server;
    private final GreenMailUser user;

    private BenchMailbox(Managers managers, IndexedImapServer server, GreenMailUser user) {
        this.managers = managers;
        this.server = server;
        this.user = user;
    }

    static BenchMailbox start() throws InterruptedException {
        ServerSetup imap = new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        Managers managers = new Managers();
        GreenMailUser user;
        try {
            user = managers.getUserManager().createUser(ADDRESS, LOGIN, PASSWORD);
        } catch (UserException e) {
            throw new IllegalStateException("cannot create the mailbox user", e);
        }
        IndexedImapServer server = new IndexedImapServer(imap, managers);
        server.startService();
        if (!server.waitTillRunning(STARTUP_TIMEOUT_MILLIS)) {
            server.stopService();
            throw new IllegalStateException("GreenMail's IMAP server did not start on 127.0.0.1:" + imap.getPort());
        }
        return new BenchMailbox(managers, server, user);
    }

    int imapPort() {
        return server.getPort();
    }

    /** Appends the exact bytes to the inbox, unseen. */
    void deliver(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            inbox().appendMessage(message, new Flags(), new Date());
        } catch (MessagingException | FolderException e) {
            throw new IllegalStateException("cannot put the mail into the inbox", e);
        }
    }

    /** Mails in the inbox not flagged seen: what is left to drain. */
    long unseen() {
        try {
            return inbox().getNonDeletedMessages().stream()
                    .filter(m -> !m.getFlags().contains(Flags.Flag.SEEN))
                    .count();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stopService();
    }

    private MailFolder inbox() throws FolderException {
        return managers.getImapHostManager().getInbox(user);
    }
}
