package org.complaintgateway.routes.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.camel.component.mail.DefaultMailUidGenerator;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * camel-mail's key for a mail (its Message-ID), with what the poll will ask of every mail fetched for a whole run of
 * mails in one IMAP {@code FETCH}.
 *
 * <p>Why: camel-mail lists a poll's mails one by one, reading each one's Message-ID and flags, and the intake then reads
 * its size and internal date: without this, four round trips per mail before its body is even fetched, each of which a
 * server with a large folder answers slowly. camel-mail calls its uid generator first for each listed mail, in folder
 * order, so that is where the run starting at that mail is prefetched, up to a poll's worth of mails. Mails of the run
 * that the poll skips (already seen) cost a few bytes of the answer, nothing more.
 */
final class PrefetchingUidGenerator implements MailUidGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(PrefetchingUidGenerator.class);
    private static final String MESSAGE_ID = "Message-ID";

    private final MailUidGenerator keys = new DefaultMailUidGenerator();
    private final int run;
    /** The message objects of the open folder already prefetched; gone with the folder when it is closed. */
    private final Set<Message> prefetched = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** @param run mails prefetched at once, a poll's worth ({@code maxMessagesPerPoll}) */
    PrefetchingUidGenerator(int run) {
        this.run = Math.max(1, run);
    }

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        if (!prefetched.contains(message)) {
            prefetchFrom(message);
        }
        return keys.generateUuid(endpoint, message);
    }

    private void prefetchFrom(Message first) {
        if (!(first.getFolder() instanceof IMAPFolder folder) || !folder.isOpen()) {
            return; // POP3 reads all of it per mail anyway
        }
        try {
            int from = first.getMessageNumber();
            int to = (int) Math.min(folder.getMessageCount(), (long) from + run - 1);
            Message[] mails = folder.getMessages(from, to);
            folder.fetch(mails, profile());
            Collections.addAll(prefetched, mails);
        } catch (MessagingException | RuntimeException e) {
            // only an optimisation: each mail is then read item by item, as camel-mail does by itself
            LOG.debug("Prefetching mail attributes failed; reading them per mail: {}", e.toString());
            prefetched.add(first);
        }
    }

    private static FetchProfile profile() {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        profile.add(MESSAGE_ID);
        MailReadAhead.HEADERS.forEach(profile::add);
        return profile;
    }
}
