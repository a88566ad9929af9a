package org.complaintgateway.routes.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable ledger: journal, dedupe keys, protocol numbers and the outbox, one JDBC code path for
 * H2 and PostgreSQL. Every method is one transaction; every failure to reach the database is a
 * {@link StoreUnavailableException}.
 */
public interface Store extends AutoCloseable {

    /**
     * Commits the message as RECEIVED with a new time-ordered id and the next protocol number; or,
     * when its dedupe key was seen on that channel, commits it as DUPLICATE and returns the original.
     */
    JournalResult append(NewMessage message);

    /**
     * Journals the message and, in the same transaction, what {@code normalize} made of it: QUEUED with
     * the complaint in the outbox, claimed for {@code lease} by the caller, or IGNORED / QUARANTINED with
     * the reason. One commit instead of two for channels that normalize as they receive, and the commits
     * of concurrent callers are grouped. {@code normalize} must be a pure function of the entry; it runs on
     * the caller's thread before the transaction. A seen dedupe key records a DUPLICATE, as {@link #append}
     * does, and what normalize made of it is dropped (its protocol number stays unused).
     */
    AppendOutcome appendNormalized(NewMessage message, java.util.function.Function<JournalEntry, Normalization> normalize,
                                   Duration lease);

    /**
     * As {@link #appendNormalized}, without waiting for the commit: the future completes once it is committed (or
     * fails as appendNormalized would throw). Appends of one caller are committed in the order they were made, several
     * in one transaction: a channel with a batch of messages in hand journals them all for about one commit.
     */
    java.util.concurrent.CompletableFuture<AppendOutcome> appendNormalizedLater(NewMessage message,
            java.util.function.Function<JournalEntry, Normalization> normalize, Duration lease);

    Optional<JournalEntry> find(String id);

    /**
     * Journals the message as WAITING, held for its merge window (a chat); a seen dedupe key records a DUPLICATE, as
     * {@link #append} does.
     */
    JournalResult appendWaiting(NewMessage message);

    /** The WAITING messages of channel {@code channelId}, oldest first, at most {@code limit}. */
    List<JournalEntry> waiting(String channelId, int limit);

    /**
     * Ends a merge window in one transaction: {@code first} becomes what {@code normalization} made of the merged
     * messages (QUEUED with the complaint, claimed for {@code lease}, or IGNORED / QUARANTINED), and each of
     * {@code merged} ends MERGED into it. Empty when any of them is no longer WAITING (another gateway merged them
     * first): then nothing changed. Else the claimed outbox item, when one was queued.
     */
    Optional<MergeOutcome> merge(String first, List<String> merged, Normalization normalization, Duration lease);

    /** How far polling channel {@code channelId} has read its source; empty before its first save. */
    java.util.OptionalLong channelCursor(String channelId);

    /**
     * Saves that channel {@code channelId} has journaled everything before {@code position}; a position at or behind
     * the saved one changes nothing, so a cursor never moves back.
     */
    void advanceChannelCursor(String channelId, long position);

    /**
     * The complaint id of the first message of {@code channelType} journaled with {@code externalKey} (a mail's
     * Message-ID) that became a complaint: for threading follow-ups. Empty when none did.
     */
    Optional<String> complaintByExternalKey(String channelType, String externalKey);

    /** The complaint id that was given {@code protocolNumber}, if that message became a complaint. */
    Optional<String> complaintByProtocolNumber(String protocolNumber);

    /** Ids of messages in {@code state} last updated before {@code before}, oldest first: for recovery after a crash. */
    List<String> inFlight(LedgerState state, Instant before, int limit);

    /** RECEIVED → QUEUED with the canonical JSON put in the outbox, due now; no-op unless RECEIVED. */
    boolean enqueue(String id, byte[] complaintJson);

    /**
     * As {@link #enqueue}, and the item comes back already claimed for {@code lease}, so the worker that
     * normalized it delivers it without another transaction. Empty unless the message was RECEIVED.
     */
    Optional<OutboxItem> enqueueClaimed(JournalEntry entry, byte[] complaintJson, Duration lease);

    /** RECEIVED → IGNORED, QUARANTINED or DUPLICATE with the reason; no-op unless RECEIVED. */
    boolean finish(String id, LedgerState terminalState, String reason);

    /** Claims up to {@code limit} due outbox items for {@code lease}; a claim another worker holds is skipped. */
    List<OutboxItem> claimDue(Instant now, int limit, Duration lease);

    /** Claims one item now if it is due and unclaimed (the fast path right after enqueue). */
    Optional<OutboxItem> claim(String id, Duration lease);

    /** The downstream accepted it: outbox done, journal FORWARDED. */
    void delivered(String id, int status);

    /**
     * As {@link #delivered}, without waiting for the commit: the future completes once it is committed, or fails as
     * delivered would throw. The marks of concurrent deliveries share commits.
     */
    java.util.concurrent.CompletableFuture<Void> deliveredLater(String id, int status);

    /** A retryable failure: attempts + 1, next try at {@code nextAttemptAt}, claim released. */
    void retryLater(String id, Instant nextAttemptAt, String lastError);

    /** A final failure: journal DEAD_LETTER with the reason, the answer kept for the admin. */
    void deadLetter(String id, String reason, Integer status, String responseBody);

    List<DeadLetter> deadLetters();

    /** DEAD_LETTER → QUEUED, attempts reset, due now. False if {@code id} is not a dead letter. */
    boolean replay(String id);

    /** Messages QUARANTINED, oldest first. */
    List<QuarantinedMessage> quarantined();

    /**
     * QUARANTINED → RECEIVED, for the normalize stage's sweeper to map again (after a fix or an upgrade), with the
     * same id and protocol number. False if {@code id} is not quarantined.
     */
    boolean replayQuarantined(String id);

    /** Deletes dedupe keys whose TTL ran out before {@code now}, so the table does not grow for ever; returns how many. */
    int purgeExpiredDedupeKeys(Instant now);

    /** The canonical complaint JSON of message {@code id}, when it became a complaint (whatever its delivery state). */
    Optional<byte[]> complaint(String id);

    /** What the gateway sends to customers, in the same database. */
    OutboundStore outbound();

    /** Counts per channel and state, and what has been in flight since before {@code stuckBefore}. */
    LedgerReport report(Instant stuckBefore);

    /** True when the database answers a trivial query. */
    boolean healthy();

    @Override
    void close();
}
