package org.complaintgateway.benchmarks;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Properties;

/**
 * The least a mail reader can do with the mailbox: a plain Angus Mail loop (the library camel-mail brings) that logs in
 * over IMAP, asks for the unseen mail, and for each one fetches its raw bytes without marking it (peek, as the
 * gateway does), parses them and walks the whole MIME tree (every text decoded, every attachment read), then flags it
 * seen. No journal, no mapping, no delivery: its drain time is what the gateway's is compared with.
 */
final class AngusMailBaseline {

    private AngusMailBaseline() {
    }

    /** Drains the mailbox, which holds what {@code preload} put there. */
    static DrainResult drain(BenchMailbox mailbox, Preload preload) throws MessagingException, IOException {
        double loadBefore = LoadAverage.now();
        Session session = session(mailbox);
        long start = System.nanoTime();
        long read = 0;
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", mailbox.imapPort(), BenchMailbox.LOGIN, BenchMailbox.PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message mail : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                readWhole(session, mail);
                mail.setFlag(Flags.Flag.SEEN, true);
                read++;
            }
            inbox.close(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return DrainResult.baseline(preload, read, seconds, loadBefore, LoadAverage.now());
    }

    private static Session session(BenchMailbox mailbox) {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", "imap");
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", Integer.toString(mailbox.imapPort()));
        // fetch BODY.PEEK[]: reading does not mark a mail seen; the loop flags it after reading, as the gateway does
        properties.put("mail.imap.peek", "true");
        // as the gateway's mail session does: each mail in one FETCH, not in 16 KB pieces
        properties.put("mail.imap.partialfetch", "false");
        return Session.getInstance(properties);
    }

    /** Fetches the raw bytes, parses them and reads every part. */
    private static void readWhole(Session session, Message mail) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, mail.getSize()));
        mail.writeTo(raw);
        MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray()));
        walk(parsed);
    }

    private static void walk(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i));
            }
        } else if (content instanceof Part nested) {
            walk(nested);
        } else if (content instanceof InputStream stream) {
            try (stream) {
                stream.transferTo(OutputStream.nullOutputStream());
            }
        }
        // a String is already decoded: nothing left to read
    }
}
