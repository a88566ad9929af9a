package org.complaintgateway.routes.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.complaintgateway.routes.delivery.DeliveryProcessor;
import org.complaintgateway.routes.store.OutboxItem;

/**
 * One delivery attempt on a delivery worker. The worker sends, queues the outcome for the store and takes the next
 * item; the exchange ends, and its delivery slot is given back, when the outcome is committed. So the downstream sees
 * at most {@code downstream.concurrency} requests at a time, and the workers do not sit out a commit after each one.
 */
final class DeliveryStep extends AsyncProcessorSupport {

    private final DeliveryProcessor delivery;
    private final DeliverySlots slots;

    DeliveryStep(DeliveryProcessor delivery, DeliverySlots slots) {
        this.delivery = delivery;
        this.slots = slots;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> recorded;
        try {
            recorded = delivery.deliver(exchange.getIn().getBody(OutboxItem.class));
        } catch (RuntimeException e) {
            finish(exchange, e);
            callback.done(true);
            return true;
        }
        if (recorded.isDone()) {
            finish(exchange, failure(recorded));
            callback.done(true);
            return true;
        }
        recorded.whenComplete((ignored, e) -> {
            finish(exchange, e == null ? null : unwrap(e));
            callback.done(false);
        });
        return false;
    }

    private void finish(Exchange exchange, Throwable failure) {
        if (failure != null) {
            exchange.setException(failure);
        }
        if (exchange.getIn().getHeader(PipelineEndpoints.HOLDS_SLOT, false, Boolean.class)) {
            slots.giveBack();
        }
    }

    private static Throwable failure(CompletableFuture<Void> done) {
        try {
            done.join();
            return null;
        } catch (CompletionException e) {
            return unwrap(e);
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
