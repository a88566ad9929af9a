package org.complaintgateway.routes.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.Consumer;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Normalization;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;

/**
 * Journals a message a channel took in (fetched by a poller, or posted to a webhook) and normalizes it in the same
 * commit, then hands a queued complaint straight to delivery when it holds a delivery slot. It waits for a slot only
 * briefly, if at all: without one the complaint is journaled unclaimed and the outbox sweeper delivers it, so a
 * stalled downstream slows a poll down but never stops it (unlike the web form, which answers 503 rather than let its
 * backlog grow).
 */
public final class JournalingIntake {

    /**
     * How long a poller waits for a delivery slot before it journals the complaint unclaimed: long enough that a
     * batch in hand (100 Telegram updates) goes to delivery as delivery frees up, rather than a second later through
     * the outbox sweeper; short enough that a stalled downstream only slows a poll down.
     */
    public static final Duration POLLER_SLOT_PATIENCE = Duration.ofSeconds(2);

    private final Store store;
    private final Normalizer normalizer;
    private final Consumer<OutboxItem> deliver;
    private final DeliverySlots slots;
    private final Duration slotPatience;

    /**
     * @param deliver      takes a queued complaint, claimed for delivery, with the delivery slot it holds
     * @param slotPatience how long to wait for a delivery slot: {@link #POLLER_SLOT_PATIENCE} for pollers; zero for
     *                     webhooks, whose sender waits for the answer, and which the outbox sweeper serves well enough
     */
    public JournalingIntake(Store store, Normalizer normalizer, Consumer<OutboxItem> deliver, DeliverySlots slots,
                            Duration slotPatience) {
        this.store = store;
        this.normalizer = normalizer;
        this.deliver = deliver;
        this.slots = slots;
        this.slotPatience = slotPatience;
    }

    public AppendOutcome journal(NewMessage message, ChannelMapper mapper) {
        return journalLater(message, mapper).await();
    }

    /**
     * As {@link #journal}, without waiting for the commit, so that a batch of messages in hand is committed together:
     * {@link Journaling#await} each, in order, before acknowledging them to the source.
     */
    public Journaling journalLater(NewMessage message, ChannelMapper mapper) {
        return later(message, entry -> normalizer.decide(entry, mapper), slots.tryTake(slotPatience));
    }

    /** Journals the message WAITING for its merge window, without waiting for the commit; it needs no delivery slot. */
    public Journaling waitLater(NewMessage message) {
        return later(message, entry -> new Normalization.Wait(), false);
    }

    /**
     * The complaint goes to delivery as soon as it is committed (on the store's writer thread: a hand-off to a queue),
     * not when the caller gets round to awaiting it, which may be after the rest of its batch is downloaded. Awaiting
     * returns after that hand-off, never between the commit and it.
     */
    private Journaling later(NewMessage message, Function<JournalEntry, Normalization> normalize, boolean slot) {
        CompletableFuture<AppendOutcome> committed;
        try {
            committed = store.appendNormalizedLater(message, normalize, slot ? normalizer.lease() : Duration.ZERO);
        } catch (RuntimeException e) {
            if (slot) {
                slots.giveBack();
            }
            throw e;
        }
        return new Journaling(committed.whenComplete((outcome, failure) -> settle(slot, () -> {
            if (failure != null) {
                throw new CompletionException(failure);
            }
            return outcome;
        }, AppendOutcome::claimed)));
    }

    /** A journaling under way. */
    public static final class Journaling {
        private final CompletableFuture<AppendOutcome> committed;

        private Journaling(CompletableFuture<AppendOutcome> committed) {
            this.committed = committed;
        }

        /**
         * A journaling started elsewhere (on another thread): awaiting it awaits the start, then the commit, and
         * rethrows what failed either, as awaiting a journaling started here would.
         */
        public static Journaling started(CompletableFuture<Journaling> starting) {
            return new Journaling(starting.thenCompose(journaling -> journaling.committed));
        }

        /** Waits for the commit; rethrows what failed it. */
        public AppendOutcome await() {
            return joined(committed);
        }
    }

    /**
     * Runs {@code commit} with the delivery lease to claim a queued complaint for ({@link Duration#ZERO}, unclaimed,
     * when no slot is free), and hands what it claimed to delivery.
     */
    public <T> T withSlot(Function<Duration, T> commit, Function<T, Optional<OutboxItem>> claimed) {
        boolean slot = slots.tryTake(Duration.ZERO);
        return settle(slot, () -> commit.apply(slot ? normalizer.lease() : Duration.ZERO), claimed);
    }

    /** The outcome, and the slot (if one was taken) handed on with what it claimed, or given back. */
    private <T> T settle(boolean slot, Supplier<T> outcome, Function<T, Optional<OutboxItem>> claimed) {
        T result;
        try {
            result = outcome.get();
        } catch (RuntimeException e) {
            if (slot) {
                slots.giveBack();
            }
            throw e;
        }
        Optional<OutboxItem> item = slot ? claimed.apply(result) : Optional.empty();
        if (item.isPresent()) {
            deliver.accept(item.get());
        } else if (slot) {
            slots.giveBack();
        }
        return result;
    }

    private static <T> T joined(CompletableFuture<T> committed) {
        try {
            return committed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public Normalizer normalizer() {
        return normalizer;
    }
}
