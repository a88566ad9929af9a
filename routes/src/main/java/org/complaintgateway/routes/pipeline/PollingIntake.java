package org.complaintgateway.routes.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Consumer;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;

/**
 * Journals a message a polling channel fetched and normalizes it in the same commit, then hands a queued complaint
 * straight to delivery when a delivery slot is free. A poller never waits for delivery: without a free slot the
 * complaint is journaled unclaimed and the outbox sweeper delivers it, so a slow downstream cannot hold up a poll
 * (unlike the web form, which answers 503 rather than let its backlog grow).
 */
public final class PollingIntake {

    private final Store store;
    private final Normalizer normalizer;
    private final Consumer<OutboxItem> deliver;
    private final DeliverySlots slots;

    /** @param deliver takes a queued complaint, claimed for delivery, with the delivery slot it holds */
    public PollingIntake(Store store, Normalizer normalizer, Consumer<OutboxItem> deliver, DeliverySlots slots) {
        this.store = store;
        this.normalizer = normalizer;
        this.deliver = deliver;
        this.slots = slots;
    }

    public AppendOutcome journal(NewMessage message, ChannelMapper mapper) {
        return withSlot(lease -> store.appendNormalized(message, entry -> normalizer.decide(entry, mapper), lease),
                AppendOutcome::claimed);
    }

    /**
     * Runs {@code commit} with the delivery lease to claim a queued complaint for ({@link Duration#ZERO}, unclaimed,
     * when no slot is free), and hands what it claimed to delivery.
     */
    public <T> T withSlot(Function<Duration, T> commit, Function<T, Optional<OutboxItem>> claimed) {
        boolean slot = slots.tryTake(Duration.ZERO);
        T outcome;
        try {
            outcome = commit.apply(slot ? normalizer.lease() : Duration.ZERO);
        } catch (RuntimeException e) {
            if (slot) {
                slots.giveBack();
            }
            throw e;
        }
        Optional<OutboxItem> item = slot ? claimed.apply(outcome) : Optional.empty();
        if (item.isPresent()) {
            deliver.accept(item.get());
        } else if (slot) {
            slots.giveBack();
        }
        return outcome;
    }

    public Normalizer normalizer() {
        return normalizer;
    }
}
