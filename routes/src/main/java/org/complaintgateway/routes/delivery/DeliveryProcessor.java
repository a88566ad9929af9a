package org.complaintgateway.routes.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One delivery attempt of one claimed outbox item, and its outcome written to the store. */
public final class DeliveryProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryProcessor.class);

    private final Store store;
    private final Downstream downstream;
    private final RetryPolicy retryPolicy;
    private final Clock clock;

    public DeliveryProcessor(Store store, Downstream downstream, RetryPolicy retryPolicy, Clock clock) {
        this.store = store;
        this.downstream = downstream;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
    }

    /**
     * Sends the item and records the outcome. A delivery's mark is only queued for the next group commit, and the
     * returned future completes when it is committed: the caller can send the next item meanwhile, and the marks of
     * several deliveries share one commit. Should the mark never commit (the gateway killed, the store down), the
     * item stays claimed and is sent again, with the same Idempotency-Key, once its lease runs out. The rarer
     * outcomes are recorded before this returns.
     */
    public CompletableFuture<Void> deliver(OutboxItem item) {
        DeliveryOutcome outcome = downstream.send(item);
        Instant now = clock.instant();
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            return store.deliveredLater(item.id(), delivered.status());
        }
        if (outcome instanceof DeliveryOutcome.Rejected rejected) {
            LOG.warn("Complaint {} refused by the downstream ({}): dead letter", item.protocolNumber(), rejected.status());
            store.deadLetter(item.id(), rejected.reason(), rejected.status(), rejected.responseBody());
        } else if (outcome instanceof DeliveryOutcome.Retry retry) {
            int failed = item.attempts() + 1;
            if (retryPolicy.exhausted(failed, item.createdAt(), now)) {
                LOG.warn("Complaint {} undeliverable after {} attempts: dead letter ({})", item.protocolNumber(), failed, retry.reason());
                store.deadLetter(item.id(), "gave up after " + failed + " attempts: " + retry.reason(), null, null);
            } else {
                Instant next = retryPolicy.nextAttempt(failed, retry.retryAfter(), now);
                LOG.info("Complaint {} not delivered ({}), attempt {} retried at {}", item.protocolNumber(), retry.reason(), failed, next);
                store.retryLater(item.id(), next, retry.reason());
            }
        }
        return CompletableFuture.completedFuture(null);
    }
}
