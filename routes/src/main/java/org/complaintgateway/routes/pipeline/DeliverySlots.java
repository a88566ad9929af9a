package org.complaintgateway.routes.pipeline;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many newly accepted complaints may wait for delivery in this gateway. A channel takes a
 * slot before it journals and the delivery stage gives it back after the attempt, so when delivery
 * falls behind, the channel's answer waits (as a synchronous forwarder's would) instead of a queue
 * growing and every complaint arriving later; only when no slot frees up in time does the channel
 * answer 503. Complaints the sweepers deliver (retries, recovery) hold no slot.
 */
public final class DeliverySlots {

    private final Semaphore slots;

    public DeliverySlots(int count) {
        this.slots = new Semaphore(count);
    }

    /** A slot within {@code patience}, or false. */
    public boolean tryTake(Duration patience) {
        try {
            return slots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void giveBack() {
        slots.release();
    }
}
