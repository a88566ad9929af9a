package org.complaintgateway.benchmarks;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.imap.ImapRequestHandler;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ImapSessionFolder;
import com.icegreen.greenmail.imap.ImapSessionImpl;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * GreenMail 2.1's IMAP server with two fixes that make a 10,000-mail mailbox measure the mail code rather than the
 * test server. Both systems under test talk to it alike; neither fix changes what a client sees.
 *
 * <ol>
 *   <li><b>TCP_NODELAY.</b> GreenMail leaves Nagle's algorithm on and writes an answer in several pieces, so the last
 *       piece waits for the client's delayed ACK: every IMAP command took 44 ms here (200 small mails: 33 s for the
 *       baseline, 60 s for the gateway). Real servers (Dovecot, Cyrus) set TCP_NODELAY.</li>
 *   <li><b>Message numbers by index.</b> {@code ImapSessionFolder.getMsn(uid)} copies the folder's uid list and scans
 *       it, and {@code FETCH}, {@code STORE} and {@code SEARCH} call it once for every mail in the folder, whichever
 *       mails they are about: each command costs O(n²) in the folder's size. With 2,000 mails the server thread spent
 *       all its time there; with 10,000 and a 5 MB mail read in 16 KB partial fetches a drain would take hours. The
 *       session's selected folder here keeps its uid list and a uid → number map, rebuilt when mail is added or
 *       expunged. Each command still walks every uid of the folder once (GreenMail's FETCH loop), which is O(n).</li>
 * </ol>
 *
 * Otherwise it is GreenMail's own {@code ImapServer} (a final class) and {@code ImapHandler} loop. The selected folder is
 * swapped into GreenMail's session by reflection after each command: its flag-update type is package-private, so the
 * session cannot be rewritten from outside.
 */
final class IndexedImapServer extends AbstractServer {

    IndexedImapServer(ServerSetup setup, Managers managers) {
        super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            throw new IllegalStateException("cannot set TCP_NODELAY on an IMAP connection", e);
        }
        return new Handler(managers.getUserManager(), managers.getImapHostManager(), socket);
    }

    /** ImapHandler's loop, with the selected folder swapped for an {@link IndexedFolder} after each command. */
    private static final class Handler extends ImapHandler {

        private static final Field SELECTED = field(ImapSessionImpl.class, "selectedMailbox");
        private static final Field FOLDER = field(ImapSessionFolder.class, "folder");

        private final UserManager users;
        private final ImapHostManager host;
        private volatile ImapResponse response;

        Handler(UserManager users, ImapHostManager host, Socket socket) {
            super(users, host, socket);
            this.users = users;
            this.host = host;
        }

        @Override
        public void run() {
            try (InputStream in = new BufferedInputStream(socket.getInputStream(), 512);
                 OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1024)) {
                response = new ImapResponse(out);
                response.okResponse(null, "IMAP4rev1 Server GreenMail (indexed) ready");
                ImapSessionImpl session = new ImapSessionImpl(host, users, this, socket.getInetAddress().getHostAddress());
                ImapRequestHandler requests = new ImapRequestHandler();
                while (!isQuitting() && requests.handleRequest(in, out, session)) {
                    indexSelection(session);
                }
            } catch (IOException | ProtocolException e) {
                // the client went away: the connection ends, as GreenMail's own handler ends it
            } finally {
                close();
            }
        }

        @Override
        public void forceConnectionClose(String message) {
            ImapResponse current = response;
            if (current != null) {
                current.byeResponse(message);
            }
            close();
        }

        private static void indexSelection(ImapSession session) {
            ImapSessionFolder selected = session.getSelected();
            if (selected == null || selected instanceof IndexedFolder) {
                return;
            }
            try {
                MailFolder folder = (MailFolder) FOLDER.get(selected);
                selected.deselect(); // stops listening to the folder
                SELECTED.set(session, new IndexedFolder(folder, session, selected.isReadonly()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot index GreenMail's selected folder", e);
            }
        }

        private static Field field(Class<?> type, String name) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("GreenMail changed: no field " + name + " in " + type.getName(), e);
            }
        }
    }

    /**
     * A selected folder that keeps its uid list and a uid → number map, rebuilt when the folder changes: appends and
     * expunges (the folder calls {@link #added} and {@link #expunged}) bump a version, and a lookup against an older
     * version rebuilds first. FETCH walks the uids in order, so the number after the last one is tried before the map.
     */
    private static final class IndexedFolder extends ImapSessionFolder {

        private final AtomicLong version = new AtomicLong();
        private volatile Index index;
        private volatile int next;

        private record Index(long version, long[] uids, Map<Long, Integer> numbers) {}

        IndexedFolder(MailFolder folder, ImapSession session, boolean readonly) {
            super(folder, session, readonly);
        }

        /** A copy, as GreenMail's own is; the folder's list is walked only when it changed. */
        @Override
        public long[] getMessageUids() {
            return current().uids().clone();
        }

        @Override
        public int getMsn(long uid) throws FolderException {
            Index current = current();
            int guess = next;
            if (guess < current.uids().length && current.uids()[guess] == uid) {
                next = guess + 1;
                return guess + 1;
            }
            Integer msn = current.numbers().get(uid);
            if (msn == null) {
                // a mail appended while the index was built: GreenMail's own scan finds it (or says it is not there)
                return super.getMsn(uid);
            }
            next = msn;
            return msn;
        }

        @Override
        public void added(int msn) {
            version.incrementAndGet();
            super.added(msn);
        }

        @Override
        public void expunged(int msn) {
            version.incrementAndGet();
            super.expunged(msn);
        }

        private Index current() {
            Index current = index;
            long now = version.get();
            if (current == null || current.version() != now) {
                current = build(now);
                index = current;
            }
            return current;
        }

        private Index build(long atVersion) {
            long[] uids = super.getMessageUids();
            Map<Long, Integer> numbers = new HashMap<>(uids.length * 2);
            for (int i = 0; i < uids.length; i++) {
                numbers.put(uids[i], i + 1);
            }
            return new Index(atVersion, uids, numbers);
        }
    }
}
