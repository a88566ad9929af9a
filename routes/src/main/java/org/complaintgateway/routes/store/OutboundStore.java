package org.complaintgateway.routes.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable outbox of what the gateway sends to customers (replies, acknowledgments), in the same database as the
 * ledger: recorded before it is sent, claimed with a lease by one worker at a time, retried with backoff, and ending
 * SENT or FAILED with the reason. Every method is one transaction; every failure to reach the database is a
 * {@link StoreUnavailableException}.
 */
public interface OutboundStore {

    /**
     * Records the message QUEUED, due now. When the complaint already has a message with this idempotency key, that
     * one is returned ({@code existing}) and nothing is recorded, whatever its payload.
     */
    OutboundOutcome enqueue(NewOutbound message);

    /**
     * Records the message SKIPPED with {@code reason}, not to be sent (an acknowledgment to a no-reply address, or one
     * too many to the same recipient): it counts as recorded for its complaint. Idempotent as {@link #enqueue}.
     */
    OutboundOutcome skip(NewOutbound message, String reason);

    /**
     * Ids of the complaints of {@code channelIds} received since {@code since} that became complaints (journal QUEUED,
     * FORWARDED or DEAD_LETTER) and have no acknowledgment recorded (in any state), oldest first.
     */
    List<String> unacknowledged(Set<String> channelIds, Instant since, int limit);

    /** How many acknowledgments to {@code recipient} on {@code channelId} were recorded QUEUED or SENT since {@code since}. */
    int acknowledgmentsTo(String channelId, String recipient, Instant since);

    Optional<OutboundMessage> find(String id);

    /** The outbound messages of a complaint, oldest first. */
    List<OutboundMessage> ofComplaint(String complaintId);

    /** Claims up to {@code limit} QUEUED messages due at {@code now} for {@code lease}; one held by another worker is skipped. */
    List<OutboundMessage> claimDue(Instant now, int limit, Duration lease);

    /**
     * QUEUED → SENT, with the provider's id of the sent message; attempts + 1, claim released. Also from FAILED: a worker
     * whose lease ran out may still have got the message out after another gave up, and then the customer has it.
     */
    void sent(String id, String providerMessageId);

    /** A retryable failure: attempts + 1, next try at {@code nextAttemptAt}, the error kept, claim released. */
    void retryLater(String id, Instant nextAttemptAt, String lastError);

    /** QUEUED → FAILED with the reason; attempts + 1, claim released. */
    void failed(String id, String reason);

    /**
     * The complaint a message the gateway sent belongs to, by the provider's id of it (the Message-ID of a reply mail):
     * so that the customer's answer to it threads back to the complaint.
     */
    Optional<String> complaintOfSent(String channelType, String providerMessageId);

    /** What kind of message the gateway sent under the provider's id {@code providerMessageId}: a reply or an acknowledgment. */
    Optional<OutboundKind> kindOfSent(String channelType, String providerMessageId);

    /** Counts per channel and state, and the QUEUED ones not updated since before {@code stuckBefore}. */
    OutboundReport report(Instant stuckBefore);
}
