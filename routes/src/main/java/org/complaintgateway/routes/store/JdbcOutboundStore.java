package org.complaintgateway.routes.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintgateway.mappings.ComplaintIds;

/**
 * The {@link OutboundStore} on plain JDBC, in the ledger's database and on its connections: the same portable SQL on
 * H2 and PostgreSQL, safe for several gateways claiming from one table.
 */
final class JdbcOutboundStore implements OutboundStore {

    /** What {@link NewOutbound#idempotencyKey()} promises, and the column's width. */
    static final int IDEMPOTENCY_KEY_CHARS = 200;
    /** As the journal's reason: enough to diagnose, not a copy of a provider's error page. */
    private static final int REASON_BYTES = 2048;
    /** Provider ids are short (a Message-ID fits a 998-byte mail line); a longer one is not a provider's id. */
    private static final int PROVIDER_ID_BYTES = 1024;
    /**
     * A recipient is an address (at most 254 characters by RFC 5321), a chat id or a number; cut as the provider id
     * is, so that an indexed value stays far below PostgreSQL's limit for one index entry (about 2.7 KB).
     */
    private static final int RECIPIENT_BYTES = 1024;
    private static final int STUCK_LIMIT = 100;

    private final Transactions transactions;
    private final Clock clock;

    JdbcOutboundStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Looks for the key first and inserts only when it is new. Two senders racing with one key both find nothing;
     * the second insert is a unique violation on (complaint_id, idempotency_hash), which {@link Transactions} answers
     * by running the work again, and that run finds the winner's row and returns it as {@code existing}.
     */
    @Override
    public OutboundOutcome enqueue(NewOutbound message) {
        return record("enqueue outbound", message, OutboundState.QUEUED, null);
    }

    /** As {@link #enqueue}, but the new row is SKIPPED with its reason, which no claim ever takes. */
    @Override
    public OutboundOutcome skip(NewOutbound message, String reason) {
        Objects.requireNonNull(reason, "reason");
        return record("skip outbound", message, OutboundState.SKIPPED, BoundedText.utf8Prefix(reason, REASON_BYTES));
    }

    private OutboundOutcome record(String operation, NewOutbound message, OutboundState state, String reason) {
        if (message.idempotencyKey().length() > IDEMPOTENCY_KEY_CHARS) {
            throw new IllegalArgumentException("an idempotency key has at most " + IDEMPOTENCY_KEY_CHARS
                    + " characters, not " + message.idempotencyKey().length());
        }
        String hash = DedupeKeys.hash(message.complaintId(), message.idempotencyKey());
        String recipient = BoundedText.utf8Prefix(message.recipient(), RECIPIENT_BYTES);
        Instant now = now();
        return transactions.run(operation, connection -> {
            Optional<OutboundMessage> existing = OutboundTable.byIdempotencyKey(connection, message.complaintId(), hash);
            if (existing.isPresent()) {
                return new OutboundOutcome(existing.get(), true);
            }
            OutboundMessage recorded = new OutboundMessage(ComplaintIds.newId(), message.complaintId(), message.kind(),
                    message.channelId(), message.channelType(), message.idempotencyKey(), message.payload(),
                    state, 0, reason, null, now, now);
            OutboundTable.insert(connection, recorded, hash, recipient);
            return new OutboundOutcome(recorded, false);
        });
    }

    @Override
    public List<String> unacknowledged(Set<String> channelIds, Instant since, int limit) {
        if (channelIds.isEmpty()) {
            return List.of();
        }
        return transactions.run("unacknowledged complaints", connection ->
                OutboundTable.unacknowledged(connection, channelIds, since, limit));
    }

    /** Nothing is counted for no recipient: there is no one to protect from a flood. */
    @Override
    public int acknowledgmentsTo(String channelId, String recipient, Instant since) {
        if (recipient == null) {
            return 0;
        }
        String bounded = BoundedText.utf8Prefix(recipient, RECIPIENT_BYTES);
        return transactions.run("acknowledgments to recipient", connection ->
                OutboundTable.acknowledgmentsTo(connection, channelId, bounded, since));
    }

    @Override
    public Optional<OutboundMessage> find(String id) {
        return transactions.run("find outbound", connection -> OutboundTable.find(connection, id));
    }

    @Override
    public List<OutboundMessage> ofComplaint(String complaintId) {
        return transactions.run("outbound of complaint", connection -> OutboundTable.ofComplaint(connection, complaintId));
    }

    @Override
    public List<OutboundMessage> claimDue(Instant now, int limit, Duration lease) {
        Instant at = SqlTime.truncate(now);
        return transactions.run("claim due outbound", connection -> {
            List<OutboundMessage> claimed = new ArrayList<>();
            for (String id : OutboundTable.dueIds(connection, at, limit)) {
                if (OutboundTable.claim(connection, id, at, at.plus(lease))) {
                    OutboundTable.find(connection, id).ifPresent(claimed::add);
                }
            }
            return claimed;
        });
    }

    /** See {@link OutboundTable#sent}: also from FAILED, when a late worker got it out after all. */
    @Override
    public void sent(String id, String providerMessageId) {
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Instant now = now();
        transactions.run("outbound sent", connection -> OutboundTable.sent(connection, id,
                BoundedText.utf8Prefix(providerMessageId, PROVIDER_ID_BYTES), now));
    }

    @Override
    public void retryLater(String id, Instant nextAttemptAt, String lastError) {
        Instant now = now();
        transactions.run("retry outbound later", connection -> OutboundTable.reschedule(connection, id, nextAttemptAt,
                BoundedText.utf8Prefix(lastError, REASON_BYTES), now));
    }

    @Override
    public void failed(String id, String reason) {
        Instant now = now();
        transactions.run("outbound failed", connection -> OutboundTable.failed(connection, id,
                BoundedText.utf8Prefix(reason, REASON_BYTES), now));
    }

    @Override
    public Optional<String> complaintOfSent(String channelType, String providerMessageId) {
        return transactions.run("complaint of sent", connection -> OutboundTable.complaintOfSent(connection, channelType,
                BoundedText.utf8Prefix(providerMessageId, PROVIDER_ID_BYTES)));
    }

    @Override
    public Optional<OutboundKind> kindOfSent(String channelType, String providerMessageId) {
        return transactions.run("kind of sent", connection -> OutboundTable.kindOfSent(connection, channelType,
                BoundedText.utf8Prefix(providerMessageId, PROVIDER_ID_BYTES)));
    }

    @Override
    public OutboundReport report(Instant stuckBefore) {
        return transactions.run("outbound report", connection -> new OutboundReport(OutboundTable.counts(connection),
                OutboundTable.stuck(connection, stuckBefore, STUCK_LIMIT)));
    }

    private Instant now() {
        return SqlTime.truncate(clock.instant());
    }
}
