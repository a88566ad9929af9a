package org.complaintgateway.it.email;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.complaintgateway.it.support.FreePort;

/**
 * A real mail server for the e-mail channel's tests: GreenMail with SMTP, IMAP, IMAPS, POP3 and POP3S on free
 * loopback ports and one mailbox. TLS uses {@link TestCertificate}, which names 127.0.0.1, so the gateway checks
 * the server's identity as it does in production.
 */
public final class MailServer implements AutoCloseable {

    public static final String ADDRESS = "support@example.com";
    public static final String LOGIN = "support";
    /** Fake, as every credential in tests. */
    public static final String PASSWORD = "fake-mailbox-password";
    /** The channel reads the password from this file beside the config, so the command line can load it too. */
    public static final String PASSWORD_FILE = "mail-password.secret";

    private static final Session PARSING = Session.getInstance(new Properties());

    private final GreenMail greenMail;
    private final ServerSetup[] setups;
    private final List<KeptMail> kept = new ArrayList<>();
    private volatile boolean running = true;

    private MailServer(ServerSetup[] setups) {
        this.setups = setups;
        this.greenMail = new GreenMail(setups);
    }

    /**
     * Starts a server on fresh ports with the one mailbox. A free port found a moment ago may be taken by the time
     * five servers bind (another test's server, another process): then it tries again on other ports.
     */
    public static MailServer start() {
        TestCertificate.installForGreenMail();
        IllegalStateException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            ServerSetup[] setups = {
                setup(ServerSetup.PROTOCOL_SMTP), setup(ServerSetup.PROTOCOL_IMAP), setup(ServerSetup.PROTOCOL_IMAPS),
                setup(ServerSetup.PROTOCOL_POP3), setup(ServerSetup.PROTOCOL_POP3S)
            };
            MailServer server = new MailServer(setups);
            try {
                server.greenMail.start();
            } catch (IllegalStateException portTaken) {
                server.greenMail.stop();
                lastFailure = portTaken;
                continue;
            }
            server.greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
            return server;
        }
        throw lastFailure;
    }

    private static ServerSetup setup(String protocol) {
        ServerSetup setup = new ServerSetup(FreePort.find(), "127.0.0.1", protocol);
        setup.setServerStartupTimeout(10_000);
        return setup;
    }

    public int port(String protocol) {
        for (ServerSetup setup : setups) {
            if (setup.getProtocol().equals(protocol)) {
                return setup.getPort();
            }
        }
        throw new IllegalArgumentException("no " + protocol + " server");
    }

    /**
     * The channel YAML for this mailbox over {@code protocol}; {@code extraYaml}: more keys, indented by four spaces.
     * The config's directory must hold {@link #PASSWORD_FILE} ({@link #writePasswordFile}).
     */
    public String channelYaml(String channelId, String protocol, String extraYaml) {
        return channelYaml(channelId, protocol, port(protocol), extraYaml);
    }

    /** As {@link #channelYaml(String, String, String)}, reaching the server at {@code port} (a relay in front of it). */
    public String channelYaml(String channelId, String protocol, int port, String extraYaml) {
        return "  - id: " + channelId + "\n"
                + "    type: email\n"
                + "    protocol: " + protocol + "\n"
                + "    host: 127.0.0.1\n"
                + "    port: " + port + "\n"
                + "    user: " + LOGIN + "\n"
                + "    password: \"${file:" + PASSWORD_FILE + "}\"\n"
                + "    ownAddresses: [" + ADDRESS + "]\n"
                + (protocol.endsWith("s") ? "    trustCertificate: " + TestCertificate.pem() + "\n" : "")
                + extraYaml;
    }

    public static void writePasswordFile(Path configDirectory) {
        try {
            Files.writeString(configDirectory.resolve(PASSWORD_FILE), PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mails the SMTP server received for {@code address}, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(recipient -> recipient.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Puts the exact bytes into the inbox, unseen, as if they had just arrived. */
    public void deliver(byte[] raw) {
        if (!tryDeliver(raw)) {
            throw new IllegalStateException("GreenMail refuses to store this mail");
        }
    }

    /**
     * As {@link #deliver}, false when GreenMail cannot store the mail: its IMAP server parses every stored message's
     * MIME structure, and some malformed mail breaks that parser (a fault of the test server, not of the mail).
     */
    public boolean tryDeliver(byte[] raw) {
        return append(raw, new Flags());
    }

    private boolean append(byte[] raw, Flags flags) {
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            inbox().appendMessage(message, flags, new Date());
            return true;
        } catch (MessagingException | FolderException e) {
            throw new IllegalStateException("cannot put the mail into the inbox", e);
        } catch (RuntimeException greenMailParserFailure) {
            return false;
        }
    }

    /** The messages of a folder (INBOX, or one the gateway created), not counting those flagged deleted. */
    public List<StoredMessage> messages(String folder) {
        try {
            GreenMailUser user = user();
            MailFolder mailFolder = "INBOX".equals(folder) ? inbox()
                    : greenMail.getManagers().getImapHostManager().getFolder(user, folder);
            return mailFolder == null ? List.of() : mailFolder.getNonDeletedMessages();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean seen(StoredMessage message) {
        return message.getFlags().contains(Flags.Flag.SEEN);
    }

    public void stop() {
        greenMail.stop();
        running = false;
    }

    /** Starts again on the same ports; the mailbox is empty (GreenMail keeps mail in memory) unless it was kept. */
    public void startAgain() {
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        kept.forEach(mail -> append(mail.raw(), mail.flags()));
        kept.clear();
        running = true;
    }

    /**
     * Stops the server as a real one restarts: what is in the inbox, with its flags, is there again after
     * {@link #startAgain()} (under new UIDs; GreenMail keeps mail in memory only, so the test keeps it meanwhile).
     */
    public void stopKeepingInbox() {
        try {
            for (StoredMessage message : messages("INBOX")) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.getMimeMessage().writeTo(raw);
                kept.add(new KeptMail(raw.toByteArray(), message.getFlags()));
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot keep the inbox", e);
        }
        stop();
    }

    public boolean running() {
        return running;
    }

    private record KeptMail(byte[] raw, Flags flags) {
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private MailFolder inbox() throws FolderException {
        return greenMail.getManagers().getImapHostManager().getInbox(user());
    }

    private GreenMailUser user() {
        return greenMail.getUserManager().getUser(LOGIN);
    }

    /** Where the TLS certificate lives, for tests that want to show it. */
    public static Path certificate() {
        return TestCertificate.pem();
    }
}
