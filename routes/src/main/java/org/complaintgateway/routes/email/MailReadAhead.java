package org.complaintgateway.routes.email;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts journaling the next mails of a poll while the current one's commit is awaited: camel-mail hands the intake one
 * mail at a time and marks it only after the intake returned, so without this the poll fetched, mapped and committed
 * each mail before it fetched the next, and neither the mapping nor the commit ever overlapped with a fetch. Mails read
 * ahead are fetched on the poll's thread and mapped on a thread beside it.
 *
 * <p>Nothing is acknowledged early: a mail read ahead is marked (seen, moved) only when its own exchange comes and finds
 * its journaling committed. A mail read ahead whose exchange never comes (the poll ended early, the gateway stopped) is
 * unseen still, comes again and is recorded as a DUPLICATE, as after a crash between commit and flag.
 * Only IMAP, only mails the poll will take next (unseen, in folder order, within the poll's batch), and a bounded
 * number of mails and bytes at a time.
 */
final class MailReadAhead {

    private static final Logger LOG = LoggerFactory.getLogger(MailReadAhead.class);
    static final int MAILS = 8;
    static final long BYTES = 16L * 1024 * 1024;
    private static final int MAPPING_THREADS = 2;
    /** The headers {@link #mayReferBack} reads: fetched with the poll's other attributes, in one round trip. */
    static final List<String> HEADERS = List.of("In-Reply-To", "References", "Content-Type", "Return-Path", "From");
    /** How far past the current mail to look for the next unseen ones. */
    private static final int SCAN = 4 * MAILS;

    /** Journalings started, by the message object of the open folder; gone with the folder when it is closed. */
    private final Map<Message, Started> started = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * Maps the mails read ahead beside the poll's thread, which meanwhile fetches the next ones and otherwise waits:
     * mapping is most of a mail's CPU. Two, even on two cores (a 3,000-mail drain: 19.5–20.1 s with two, 21.6 s with
     * one). Threads end when idle, so a stopped channel leaves none behind.
     */
    private final ThreadPoolExecutor mappers;

    private record Started(CompletableFuture<JournalingIntake.Journaling> journaling, long bytes) {
    }

    MailReadAhead(String channelId) {
        int threads = Math.min(MAPPING_THREADS, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.mappers = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "mail-read-ahead-" + channelId + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.mappers.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code journaling} (mapping, then the hand-off to the journal's writer) on a mapping thread. */
    CompletableFuture<JournalingIntake.Journaling> map(Supplier<JournalingIntake.Journaling> journaling) {
        return CompletableFuture.supplyAsync(journaling, mappers);
    }

    /**
     * The journaling already started for this mail, if any; it is the caller's now. Awaiting it rethrows what failed
     * its start (the store unavailable, say) as well as its commit.
     */
    Optional<JournalingIntake.Journaling> take(Message mail) {
        return Optional.ofNullable(started.remove(mail))
                .map(ahead -> JournalingIntake.Journaling.started(ahead.journaling()));
    }

    /**
     * Starts journaling the unseen mails after {@code current} that its poll will take, up to the bounds: {@code start}
     * fetches and journals one without awaiting the commit, or returns empty when the mail should wait for its own
     * exchange (too large, or anything unusual about it).
     */
    void startAfter(Exchange exchange, Message current,
                    Function<Message, Optional<CompletableFuture<JournalingIntake.Journaling>>> start) {
        if (Integer.valueOf(0).equals(exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class))) {
            started.clear(); // a new poll: what an earlier one read ahead and never took comes again anyway
        }
        int left = remainingInBatch(exchange);
        // IMAP only: POP3 has no seen flag to tell the poll's mails by, and keeps on the server the mails it put aside
        if (!(current.getFolder() instanceof IMAPFolder folder) || !folder.isOpen() || left <= 0) {
            return;
        }
        try {
            int last = Math.min(folder.getMessageCount(), current.getMessageNumber() + SCAN);
            int wanted = Math.min(left, MAILS);
            int ahead = 0;
            long bytes = bytesStarted();
            for (int number = current.getMessageNumber() + 1; number <= last && ahead < wanted; number++) {
                Message next = folder.getMessage(number);
                if (next.isSet(Flags.Flag.SEEN) || next.isSet(Flags.Flag.DELETED)) {
                    continue; // not in this poll: camel-mail takes unseen mail only
                }
                ahead++;
                if (started.containsKey(next)) {
                    continue;
                }
                long size = Math.max(0, next.getSize());
                if (bytes + size > BYTES && bytes > 0) {
                    return;
                }
                Optional<CompletableFuture<JournalingIntake.Journaling>> journaling =
                        mayReferBack(next) ? Optional.empty() : start.apply(next);
                if (journaling.isEmpty()) {
                    return; // in folder order: what follows an unusual mail waits for it
                }
                started.put(next, new Started(journaling.get(), size));
                bytes += size;
            }
        } catch (MessagingException | RuntimeException e) {
            // only an optimisation: each mail is then taken in when its own exchange comes
            LOG.debug("Reading mail ahead stopped: {}", e.toString());
        }
    }

    /**
     * Whether mapping the mail may look up a message journaled moments before, maybe in this very poll, and so must
     * wait until every mail before it is committed, as its own exchange does: a reply (In-Reply-To, References) or a
     * bounce (a report, a daemon's mail, a null Return-Path), which the mapping links to what it answers. A protocol
     * number in the subject needs no wait: a customer only knows it once its complaint was committed.
     */
    static boolean mayReferBack(Message mail) throws MessagingException {
        if (mail.getHeader("In-Reply-To") != null || mail.getHeader("References") != null) {
            return true;
        }
        String[] type = mail.getHeader("Content-Type");
        if (type != null && type.length > 0 && type[0].toLowerCase(Locale.ROOT).contains("multipart/report")) {
            return true;
        }
        String[] returnPath = mail.getHeader("Return-Path");
        if (returnPath != null && returnPath.length > 0 && returnPath[0].replaceAll("\\s", "").equals("<>")) {
            return true;
        }
        String[] from = mail.getHeader("From");
        String sender = from == null || from.length == 0 ? "" : from[0].toLowerCase(Locale.ROOT);
        return sender.contains("mailer-daemon") || sender.contains("postmaster");
    }

    private long bytesStarted() {
        synchronized (started) {
            return started.values().stream().mapToLong(Started::bytes).sum();
        }
    }

    private static int remainingInBatch(Exchange exchange) {
        Integer index = exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class);
        Integer size = exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class);
        return index == null || size == null ? 0 : size - index - 1;
    }
}
