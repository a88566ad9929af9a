package org.complaintgateway.routes.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.complaintgateway.routes.delivery.RetryPolicy;
import org.complaintgateway.routes.store.OutboundMessage;
import org.complaintgateway.routes.store.OutboundStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed outbound message on its channel and records what became of it: SENT with the provider's id;
 * QUEUED again with backoff (the provider's Retry-After honoured) when it may work later; FAILED with the reason when
 * it never will, when the channel cannot send, or when its tries or a day are used up.
 */
public final class OutboundDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundDispatcher.class);
    /** A reply that could not be sent within a day is stale: the customer's chat window has closed long since. */
    static final Duration MAX_AGE = Duration.ofDays(1);

    private final OutboundStore store;
    private final Map<String, ReplySender> senders;
    private final RetryPolicy retries;
    private final Optional<StatusCallback> callback;
    private final Clock clock;

    /**
     * @param senders  by channel id: the channels that can send; a message for any other channel fails
     * @param callback told of each message that ends SENT or FAILED, when the downstream wants to be
     */
    public OutboundDispatcher(OutboundStore store, Map<String, ReplySender> senders, RetryPolicy retries,
                              Optional<StatusCallback> callback, Clock clock) {
        this.store = store;
        this.senders = Map.copyOf(senders);
        this.retries = retries;
        this.callback = callback;
        this.clock = clock;
    }

    public static RetryPolicy retryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        return new RetryPolicy(initialBackoff, maxBackoff, maxAttempts, MAX_AGE);
    }

    public void dispatch(OutboundMessage message) {
        attempt(message);
        if (callback.isPresent()) {
            store.find(message.id()).filter(after -> after.state().terminal()).ifPresent(callback.get()::report);
        }
    }

    private void attempt(OutboundMessage message) {
        ReplySender sender = senders.get(message.channelId());
        if (sender == null) {
            store.failed(message.id(), "channel '" + message.channelId() + "' cannot send messages (not configured, or "
                    + "its type cannot, or it has no token to send with)");
            return;
        }
        ReplyContent content;
        try {
            content = ReplyContent.fromJson(message.payload());
        } catch (RuntimeException e) {
            store.failed(message.id(), "unreadable payload: " + e.getClass().getSimpleName());
            return;
        }
        Instant now = clock.instant();
        SendOutcome outcome;
        try {
            outcome = sender.send(message.id(), content, now);
        } catch (RuntimeException e) {
            outcome = new SendOutcome.Retry("sender failed: " + e.getClass().getSimpleName(), null);
        }
        record(message, outcome, now);
    }

    private void record(OutboundMessage message, SendOutcome outcome, Instant now) {
        if (outcome instanceof SendOutcome.Sent sent) {
            store.sent(message.id(), sent.providerMessageId());
        } else if (outcome instanceof SendOutcome.Failed failed) {
            LOG.warn("Outbound {} on channel '{}' failed: {}", message.id(), message.channelId(), failed.reason());
            store.failed(message.id(), failed.reason());
        } else {
            SendOutcome.Retry retry = (SendOutcome.Retry) outcome;
            int failedAttempts = message.attempts() + 1;
            if (retries.exhausted(failedAttempts, message.createdAt(), now)) {
                LOG.warn("Outbound {} on channel '{}' gave up after {} attempts: {}", message.id(), message.channelId(),
                        failedAttempts, retry.reason());
                store.failed(message.id(), "gave up after " + failedAttempts + " attempts; last: " + retry.reason());
            } else {
                store.retryLater(message.id(), retries.nextAttempt(failedAttempts, retry.retryAfter(), now), retry.reason());
            }
        }
    }
}
