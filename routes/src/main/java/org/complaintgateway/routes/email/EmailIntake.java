package org.complaintgateway.routes.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailConstants;
import org.apache.camel.component.mail.MailConsumer;
import org.apache.camel.component.mail.MailMessage;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.mappings.email.EmailKeys;
import org.complaintgateway.routes.pipeline.FailedAttempts;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Normalization;
import org.complaintgateway.routes.store.QuarantinedMessage;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one fetched mail of an e-mail channel in. The mail's raw bytes are journaled and normalized in one
 * transaction before this returns; only then does camel-mail mark, move or delete it (on the exchange's commit).
 * Whatever fails before the journal commit fails the exchange, so the mail stays unseen and comes again; after
 * {@code maxAttempts} such failures it is quarantined instead. A mail over {@code maxMessageSize} is quarantined from
 * its size alone, with only its header fetched. Quarantined mail goes to the failed folder (IMAP).
 */
public final class EmailIntake implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(EmailIntake.class);
    private static final String RAW_CONTENT_TYPE = "message/rfc822";
    /** Shared by channels that deduplicate across mailboxes; no channel id can look like it. */
    private static final String SHARED_DEDUPE_SCOPE = "email*";

    private final EmailChannelConfig channel;
    private final Store store;
    private final EmailMapping mapping;
    private final JournalingIntake polling;
    private final FailedAttempts attempts = new FailedAttempts();
    private final MailReadAhead readAhead;
    /** POP3 mail quarantined without its body: left on the server for the admin, and not taken again. */
    private final Set<String> leftOnServer = ConcurrentHashMap.newKeySet();

    public EmailIntake(EmailChannelConfig channel, Store store, EmailMapping mapping, JournalingIntake polling) {
        this.channel = channel;
        this.store = store;
        this.mapping = mapping;
        this.polling = polling;
        this.readAhead = new MailReadAhead(channel.id());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        String mailKey = mailKey(exchange, mail);
        if (leftOnServer.contains(mailKey)) {
            keepOnServer(exchange);
            return;
        }
        int size = mail.getSize();
        if (size > channel.maxMessageBytes()) {
            quarantineHeaderOnly(exchange, mail, mailKey, tooLarge(size));
            return;
        }
        Optional<FailedAttempts.Failure> failed = attempts.of(mailKey);
        if (failed.isPresent() && failed.get().count() >= channel.maxAttempts()) {
            quarantineAfterFailures(exchange, mail, mailKey, failed.get());
            return;
        }
        try {
            Optional<JournalingIntake.Journaling> journaling = readAhead.take(mail);
            if (journaling.isEmpty()) {
                Optional<byte[]> raw = RawMail.read(mail, channel.maxMessageBytes());
                if (raw.isEmpty()) {
                    quarantineHeaderOnly(exchange, mail, mailKey, tooLarge(-1));
                    return;
                }
                journaling = Optional.of(journalLater(raw.get(), serverDate(mail)));
            }
            readAhead.startAfter(exchange, mail, this::startAhead);
            journaled(exchange, journaling.get().await());
            attempts.forget(mailKey);
        } catch (StoreUnavailableException e) {
            // not the mail's fault: it stays unseen and is tried again without counting
            LOG.warn("Channel '{}': the store is unavailable, the mail stays on the server for the next poll: {}",
                    channel.id(), e.getMessage());
            throw e;
        } catch (IOException | MessagingException | RuntimeException e) {
            FailedAttempts.Failure failure = attempts.failed(mailKey, describe(e));
            LOG.warn("Channel '{}': a mail failed before it was journaled (attempt {} of {}); it stays on the server: {}",
                    channel.id(), failure.count(), channel.maxAttempts(), failure.lastReason());
            throw e;
        }
    }

    private JournalingIntake.Journaling journalLater(byte[] raw, Instant serverDate) {
        String key = EmailKeys.messageKey(raw);
        return polling.journalLater(message(key, RAW_CONTENT_TYPE, raw), mapping.receivedBy(serverDate));
    }

    private void journaled(Exchange exchange, AppendOutcome outcome) {
        if (!outcome.duplicate() && outcome.entry().state() == LedgerState.QUARANTINED) {
            toFailedFolder(exchange);
        }
    }

    /**
     * Fetches a mail ahead of its exchange and starts mapping and journaling it on the read-ahead's mapping thread,
     * when nothing about it needs the exchange: within the size limit and no mail failing lately (a failing mail's
     * attempts are counted by its own exchange). Empty otherwise, and when the fetch fails, which its own exchange
     * then meets and reports.
     */
    private Optional<CompletableFuture<JournalingIntake.Journaling>> startAhead(Message mail) {
        try {
            if (!attempts.none() || mail.getSize() > channel.maxMessageBytes()) {
                return Optional.empty();
            }
            Optional<byte[]> raw = RawMail.read(mail, channel.maxMessageBytes());
            Instant serverDate = serverDate(mail);
            return raw.map(bytes -> readAhead.map(() -> journalLater(bytes, serverDate)));
        } catch (IOException | MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body is never fetched: the ledger keeps the header, and the mail stays on the server, aside. */
    private void quarantineHeaderOnly(Exchange exchange, Message mail, String mailKey, String reason)
            throws MessagingException {
        byte[] header = RawMail.header(mail);
        quarantine(header, QuarantinedMessage.HEADER_ONLY, reason);
        if (channel.protocol().hasFolders()) {
            toFailedFolder(exchange);
        } else {
            leftOnServer.add(mailKey);
            keepOnServer(exchange);
        }
    }

    private void quarantineAfterFailures(Exchange exchange, Message mail, String mailKey, FailedAttempts.Failure failure)
            throws MessagingException {
        String reason = "failed " + failure.count() + " times before it could be journaled; last: " + failure.lastReason();
        Optional<byte[]> raw;
        try {
            raw = RawMail.read(mail, channel.maxMessageBytes());
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            raw = Optional.empty();
        }
        if (raw.isEmpty()) {
            quarantineHeaderOnly(exchange, mail, mailKey, reason + "; its body could not be read, only its header is kept");
        } else {
            quarantine(raw.get(), RAW_CONTENT_TYPE, reason);
            toFailedFolder(exchange);
        }
        attempts.forget(mailKey);
    }

    private void quarantine(byte[] bytes, String contentType, String reason) {
        String key = EmailKeys.messageKey(bytes);
        store.appendNormalized(message(key, contentType, bytes),
                entry -> new Normalization.Finish(LedgerState.QUARANTINED, reason), Duration.ZERO);
        LOG.warn("Channel '{}': a mail was quarantined: {}", channel.id(), reason);
    }

    private NewMessage message(String key, String contentType, byte[] bytes) {
        String scope = channel.dedupeAcrossMailboxes() ? SHARED_DEDUPE_SCOPE : channel.id();
        return new NewMessage(channel.id(), EmailMapping.CHANNEL_TYPE, key, key, contentType, bytes, scope);
    }

    /** IMAP: the commit moves the mail to the failed folder, whatever the channel does with processed mail. */
    private void toFailedFolder(Exchange exchange) {
        if (channel.protocol().hasFolders()) {
            exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, channel.failedFolder());
        }
    }

    /** POP3 has no folder to put it aside in: it is not deleted. */
    private static void keepOnServer(Exchange exchange) {
        exchange.getIn().setHeader(MailConstants.MAIL_DELETE, false);
    }

    private String tooLarge(long size) {
        String actual = size < 0 ? "larger" : Sizes.describe(size) + ",";
        return "message is " + actual + " over the channel's maxMessageSize of " + Sizes.describe(channel.maxMessageBytes())
                + "; only its header was fetched and kept";
    }

    private static String mailKey(Exchange exchange, Message mail) {
        String key = exchange.getProperty(MailConsumer.MAIL_MESSAGE_UID, String.class);
        return key != null ? key : "#" + mail.getMessageNumber();
    }

    private static Instant serverDate(Message mail) {
        try {
            Date received = mail.getReceivedDate();
            return received == null ? null : received.toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
