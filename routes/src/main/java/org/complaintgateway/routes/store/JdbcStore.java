package org.complaintgateway.routes.store;

import org.complaintgateway.mappings.ComplaintIds;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.Set;
import org.complaintgateway.config.StoreSettings;
import org.flywaydb.core.Flyway;

/**
 * The {@link Store} on plain JDBC: one code path and portable SQL for H2 and PostgreSQL, schema by Flyway,
 * connections from HikariCP. Safe for several gateways sharing one PostgreSQL.
 */
public final class JdbcStore implements Store {

    /** What {@link #deadLetter} keeps of the downstream's answer: enough to diagnose, not a copy of a big page. */
    static final int RESPONSE_BYTES = 4096;
    private static final int REASON_BYTES = 2048;
    private static final int STUCK_LIMIT = 100;
    private static final Set<LedgerState> FINISHING = Set.of(LedgerState.IGNORED, LedgerState.QUARANTINED,
            LedgerState.DUPLICATE);

    private final HikariDataSource pool;
    private final HikariDataSource counterPool;
    private final Transactions transactions;
    private final GroupCommit writes;
    private final ProtocolNumberAllocator numbers;
    private final Duration dedupeTtl;
    private final Clock clock;
    private final JdbcOutboundStore outbound;

    private JdbcStore(HikariDataSource pool, HikariDataSource counterPool, String protocolPrefix, Duration dedupeTtl,
                      Clock clock) {
        this.pool = pool;
        this.counterPool = counterPool;
        this.transactions = new Transactions(pool);
        Unreachable unreachable = new Unreachable();
        this.writes = new GroupCommit(transactions, "ledger-writer", unreachable);
        this.numbers = new ProtocolNumberAllocator(new Transactions(counterPool), protocolPrefix, unreachable);
        this.dedupeTtl = dedupeTtl;
        this.clock = clock;
        this.outbound = new JdbcOutboundStore(transactions, clock);
    }

    /**
     * Connects, brings the schema up to date and returns the store.
     *
     * @throws StoreUnavailableException when the database cannot be reached or migrated
     */
    public static JdbcStore open(StoreSettings settings, String protocolPrefix, Clock clock) {
        Objects.requireNonNull(settings.url(), "url");
        Objects.requireNonNull(protocolPrefix, "protocolPrefix");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings.dedupeTtl(), "dedupeTtl");
        String url = H2Urls.tune(settings.url());
        HikariDataSource pool = null;
        try {
            H2Urls.createParentDirectories(url);
            pool = Pools.open("ledger", url, settings, Math.max(1, settings.poolSize()));
            migrate(pool);
            // A pool of its own for protocol number blocks: see ProtocolNumberAllocator's constructor.
            HikariDataSource counterPool = Pools.open("ledger-numbers", url, settings, 1);
            return new JdbcStore(pool, counterPool, protocolPrefix, settings.dedupeTtl(), clock);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw new StoreUnavailableException("cannot open the ledger at " + withoutSettings(settings.url()), e);
        }
    }

    /** One set of migrations for both databases: the DDL is portable (see V1__ledger.sql). */
    private static void migrate(HikariDataSource pool) {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
                .load().migrate();
    }

    /** The URL may carry a password in its settings; the message may be logged. */
    private static String withoutSettings(String url) {
        int settings = url.indexOf(';');
        int query = url.indexOf('?');
        int end = settings < 0 ? query : query < 0 ? settings : Math.min(settings, query);
        return end < 0 ? url : url.substring(0, end);
    }

    @Override
    public JournalResult append(NewMessage message) {
        return appendReceived(message);
    }

    @Override
    public JournalResult appendWaiting(NewMessage message) {
        AppendOutcome outcome = appendNormalized(message, entry -> new Normalization.Wait(), Duration.ZERO);
        return new JournalResult(outcome.entry(), outcome.duplicate());
    }

    private JournalResult appendReceived(NewMessage message) {
        Instant now = now();
        String hash = message.dedupeKey() == null ? null : DedupeKeys.hash(message.dedupeScope(), message.dedupeKey());
        AppendOutcome outcome = transactions.run("append", connection -> {
            String id = ComplaintIds.newId();
            Optional<AppendOutcome> duplicate = takeDedupeKey(connection, hash, id, message, now);
            if (duplicate.isPresent()) {
                return duplicate.get();
            }
            JournalEntry received = new JournalEntry(id, numbers.next(now), message.channelId(), message.channelType(),
                    message.externalKey(), message.contentType(), message.raw(), LedgerState.RECEIVED, null, now, now);
            JournalTable.insert(connection, received, hash);
            return new AppendOutcome(received, false, Optional.empty());
        });
        return new JournalResult(outcome.entry(), outcome.duplicate());
    }

    @Override
    public List<JournalEntry> waiting(String channelId, int limit) {
        return transactions.run("waiting", connection -> JournalTable.waiting(connection, channelId, limit));
    }

    @Override
    public Optional<MergeOutcome> merge(String first, List<String> merged, Normalization normalization, Duration lease) {
        Instant now = now();
        try {
            return Optional.of(transactions.run("merge", connection -> {
                for (String id : merged) {
                    if (!JournalTable.transition(connection, id, LedgerState.WAITING, LedgerState.MERGED,
                            LedgerState.MERGED_INTO + first, now)) {
                        throw new MergedElsewhere();
                    }
                }
                if (normalization instanceof Normalization.Queue queue) {
                    if (!JournalTable.transition(connection, first, LedgerState.WAITING, LedgerState.QUEUED, null, now)) {
                        throw new MergedElsewhere();
                    }
                    JournalEntry entry = JournalTable.find(connection, first).orElseThrow();
                    OutboxTable.insert(connection, first, queue.complaintJson(), now, now.plus(lease));
                    return new MergeOutcome(LedgerState.QUEUED, Optional.of(new OutboxItem(first, entry.protocolNumber(),
                            entry.channelId(), queue.complaintJson(), 0, now, now)));
                }
                Normalization.Finish finish = (Normalization.Finish) normalization;
                if (!JournalTable.transition(connection, first, LedgerState.WAITING, finish.state(),
                        BoundedText.utf8Prefix(finish.reason(), REASON_BYTES), now)) {
                    throw new MergedElsewhere();
                }
                return new MergeOutcome(finish.state(), Optional.empty());
            }));
        } catch (MergedElsewhere e) {
            return Optional.empty();
        }
    }

    /** Rolls a merge back: one of its messages was no longer waiting. */
    private static final class MergedElsewhere extends RuntimeException {
        MergedElsewhere() {
            super("merged elsewhere", null, false, false);
        }
    }

    @Override
    public AppendOutcome appendNormalized(NewMessage message, Function<JournalEntry, Normalization> normalize,
                                          Duration lease) {
        return GroupCommit.await(appendNormalizedLater(message, normalize, lease), "append");
    }

    @Override
    public CompletableFuture<AppendOutcome> appendNormalizedLater(NewMessage message,
                                                                  Function<JournalEntry, Normalization> normalize,
                                                                  Duration lease) {
        Instant now = now();
        String hash = message.dedupeKey() == null ? null : DedupeKeys.hash(message.dedupeScope(), message.dedupeKey());
        // Identity and normalizing on the caller's thread, outside the transaction: the group commit's one writer
        // thread only writes. The price: a duplicate, found inside, has used a protocol number.
        JournalEntry received = new JournalEntry(ComplaintIds.newId(), numbers.next(now), message.channelId(),
                message.channelType(), message.externalKey(), message.contentType(), message.raw(), LedgerState.RECEIVED,
                null, now, now);
        Normalization normalization = normalize.apply(received);
        return writes.submit("append", connection -> {
            Optional<AppendOutcome> duplicate = takeDedupeKey(connection, hash, received.id(), message, now);
            if (duplicate.isPresent()) {
                return duplicate.get();
            }
            return insertNormalized(connection, received, hash, normalization, now.plus(lease));
        });
    }

    /**
     * Takes the dedupe key for {@code id}, or, when it is live for another message, records {@code id} as
     * a DUPLICATE of that one and returns the original. Before a number is taken, so a lost race does not burn one.
     */
    private Optional<AppendOutcome> takeDedupeKey(Connection connection, String hash, String id, NewMessage message,
                                                  Instant now) throws SQLException {
        if (hash == null) {
            return Optional.empty();
        }
        Optional<DedupeKeys.Holder> holder = DedupeKeys.holder(connection, hash);
        if (holder.isPresent() && holder.get().liveAt(now)) {
            return Optional.of(new AppendOutcome(duplicate(connection, id, message, hash, holder.get().journalId(), now),
                    true, Optional.empty()));
        }
        DedupeKeys.take(connection, hash, id, now, now.plus(dedupeTtl), holder.isPresent());
        return Optional.empty();
    }

    private static AppendOutcome insertNormalized(Connection connection, JournalEntry received, String hash,
                                                  Normalization normalization, Instant claimedUntil) throws SQLException {
        if (normalization instanceof Normalization.Queue queue) {
            JournalEntry queued = received.withState(LedgerState.QUEUED, null);
            JournalTable.insert(connection, queued, hash);
            OutboxTable.insert(connection, queued.id(), queue.complaintJson(), queued.receivedAt(), claimedUntil);
            return new AppendOutcome(queued, false, Optional.of(new OutboxItem(queued.id(), queued.protocolNumber(),
                    queued.channelId(), queue.complaintJson(), 0, queued.receivedAt(), queued.receivedAt())));
        }
        if (normalization instanceof Normalization.Wait) {
            JournalEntry waiting = received.withState(LedgerState.WAITING, null);
            JournalTable.insert(connection, waiting, hash);
            return new AppendOutcome(waiting, false, Optional.empty());
        }
        Normalization.Finish finish = (Normalization.Finish) normalization;
        JournalEntry finished = received.withState(finish.state(), BoundedText.utf8Prefix(finish.reason(), REASON_BYTES));
        JournalTable.insert(connection, finished, hash);
        return new AppendOutcome(finished, false, Optional.empty());
    }

    private static JournalEntry duplicate(Connection connection, String id, NewMessage message, String hash,
                                           String originalId, Instant now) throws SQLException {
        JournalEntry original = JournalTable.find(connection, originalId).orElseThrow(
                () -> new IllegalStateException("dedupe key points at missing journal entry " + originalId));
        JournalTable.insert(connection, new JournalEntry(id, null, message.channelId(), message.channelType(),
                message.externalKey(), message.contentType(), message.raw(), LedgerState.DUPLICATE,
                "duplicate of " + originalId, now, now), hash);
        return original;
    }

    @Override
    public Optional<JournalEntry> find(String id) {
        return transactions.run("find", connection -> JournalTable.find(connection, id));
    }

    @Override
    public Optional<String> complaintByExternalKey(String channelType, String externalKey) {
        return transactions.run("find by external key",
                connection -> JournalTable.complaintByExternalKey(connection, channelType, externalKey));
    }

    @Override
    public OptionalLong channelCursor(String channelId) {
        return transactions.run("read channel cursor", connection -> ChannelCursorTable.position(connection, channelId));
    }

    @Override
    public void advanceChannelCursor(String channelId, long position) {
        Instant now = now();
        transactions.run("advance channel cursor", connection -> {
            ChannelCursorTable.advance(connection, channelId, position, now);
            return null;
        });
    }

    @Override
    public Optional<String> complaintByProtocolNumber(String protocolNumber) {
        return transactions.run("find by protocol number",
                connection -> JournalTable.complaintByProtocolNumber(connection, protocolNumber));
    }

    @Override
    public List<String> inFlight(LedgerState state, Instant before, int limit) {
        return transactions.run("in flight", connection -> JournalTable.idsIn(connection, state, before, limit));
    }

    @Override
    public boolean enqueue(String id, byte[] complaintJson) {
        Instant now = now();
        return transactions.run("enqueue", connection -> {
            if (!JournalTable.transition(connection, id, LedgerState.RECEIVED, LedgerState.QUEUED, null, now)) {
                return false;
            }
            OutboxTable.insert(connection, id, complaintJson, now, null);
            return true;
        });
    }

    @Override
    public Optional<OutboxItem> enqueueClaimed(JournalEntry entry, byte[] complaintJson, Duration lease) {
        Instant now = now();
        return transactions.run("enqueue claimed", connection -> {
            if (!JournalTable.transition(connection, entry.id(), LedgerState.RECEIVED, LedgerState.QUEUED, null, now)) {
                return Optional.empty();
            }
            OutboxTable.insert(connection, entry.id(), complaintJson, now, now.plus(lease));
            return Optional.of(new OutboxItem(entry.id(), entry.protocolNumber(), entry.channelId(), complaintJson, 0, now, now));
        });
    }

    @Override
    public boolean finish(String id, LedgerState terminalState, String reason) {
        if (!FINISHING.contains(terminalState)) {
            throw new IllegalArgumentException("finish ends a message as one of " + FINISHING + ", not " + terminalState);
        }
        Instant now = now();
        return transactions.run("finish", connection -> JournalTable.transition(connection, id, LedgerState.RECEIVED,
                terminalState, BoundedText.utf8Prefix(reason, REASON_BYTES), now));
    }

    @Override
    public List<OutboxItem> claimDue(Instant now, int limit, Duration lease) {
        Instant at = SqlTime.truncate(now);
        return transactions.run("claim due", connection -> {
            List<OutboxItem> claimed = new ArrayList<>();
            for (String id : OutboxTable.dueIds(connection, at, limit)) {
                if (OutboxTable.claim(connection, id, at, at.plus(lease))) {
                    OutboxTable.item(connection, id).ifPresent(claimed::add);
                }
            }
            return claimed;
        });
    }

    @Override
    public Optional<OutboxItem> claim(String id, Duration lease) {
        Instant now = now();
        return transactions.run("claim", connection -> OutboxTable.claim(connection, id, now, now.plus(lease))
                ? OutboxTable.item(connection, id)
                : Optional.empty());
    }

    /**
     * Also from DEAD_LETTER: a worker whose lease ran out may still succeed after another gave up, and
     * then the downstream has it.
     */
    @Override
    public void delivered(String id, int status) {
        GroupCommit.await(deliveredLater(id, status), "delivered");
    }

    @Override
    public CompletableFuture<Void> deliveredLater(String id, int status) {
        Instant now = now();
        return writes.submit("delivered", connection -> {
            if (OutboxTable.done(connection, id, status, now)
                    && !JournalTable.transition(connection, id, LedgerState.QUEUED, LedgerState.FORWARDED, null, now)) {
                JournalTable.transition(connection, id, LedgerState.DEAD_LETTER, LedgerState.FORWARDED, null, now);
            }
            return null;
        });
    }

    /** Also touches the journal row: a message being retried is in flight, not stuck. */
    @Override
    public void retryLater(String id, Instant nextAttemptAt, String lastError) {
        Instant now = now();
        transactions.run("retry later", connection -> {
            if (OutboxTable.reschedule(connection, id, nextAttemptAt, BoundedText.utf8Prefix(lastError, RESPONSE_BYTES),
                    now)) {
                JournalTable.touch(connection, id, now);
            }
            return null;
        });
    }

    @Override
    public void deadLetter(String id, String reason, Integer status, String responseBody) {
        Instant now = now();
        transactions.run("dead letter", connection -> {
            if (OutboxTable.dead(connection, id, status, BoundedText.utf8Prefix(responseBody, RESPONSE_BYTES), now)) {
                JournalTable.transition(connection, id, LedgerState.QUEUED, LedgerState.DEAD_LETTER,
                        BoundedText.utf8Prefix(reason, REASON_BYTES), now);
            }
            return null;
        });
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return transactions.run("dead letters", OutboxTable::deadLetters);
    }

    @Override
    public boolean replay(String id) {
        Instant now = now();
        return transactions.run("replay", connection -> {
            if (!JournalTable.transition(connection, id, LedgerState.DEAD_LETTER, LedgerState.QUEUED, null, now)) {
                return false;
            }
            OutboxTable.reset(connection, id, now);
            return true;
        });
    }

    @Override
    public List<QuarantinedMessage> quarantined() {
        return transactions.run("quarantined", JournalTable::quarantined);
    }

    @Override
    public boolean replayQuarantined(String id) {
        Instant now = now();
        return transactions.run("replay quarantined", connection ->
                JournalTable.transition(connection, id, LedgerState.QUARANTINED, LedgerState.RECEIVED, null, now));
    }

    @Override
    public int purgeExpiredDedupeKeys(Instant now) {
        return transactions.run("purge dedupe keys", connection -> DedupeKeys.purge(connection, SqlTime.truncate(now)));
    }

    @Override
    public Optional<byte[]> complaint(String id) {
        return transactions.run("complaint", connection -> OutboxTable.payload(connection, id));
    }

    @Override
    public OutboundStore outbound() {
        return outbound;
    }

    @Override
    public LedgerReport report(Instant stuckBefore) {
        return transactions.run("report", connection -> new LedgerReport(JournalTable.counts(connection),
                JournalTable.stuck(connection, stuckBefore, STUCK_LIMIT), JournalTable.unaccounted(connection, STUCK_LIMIT)));
    }

    @Override
    public boolean healthy() {
        try (Connection connection = pool.getConnection();
             PreparedStatement ping = connection.prepareStatement("SELECT 1")) {
            ping.setQueryTimeout((int) Pools.CONNECTION_TIMEOUT.toSeconds());
            ping.executeQuery().close();
            connection.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writes.close();
        counterPool.close();
        pool.close();
    }

    private Instant now() {
        return SqlTime.truncate(clock.instant());
    }
}
