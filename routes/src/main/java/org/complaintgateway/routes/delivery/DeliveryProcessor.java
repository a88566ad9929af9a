package org.complaintgateway.routes.delivery;

import java.time.Clock;
import java.time.Instant;
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

    public void deliver(OutboxItem item) {
        DeliveryOutcome outcome = downstream.send(item);
        Instant now = clock.instant();
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            store.delivered(item.id(), delivered.status());
        } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
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
    }
}
