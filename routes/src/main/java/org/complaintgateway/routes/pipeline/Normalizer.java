package org.complaintgateway.routes.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.Normalization;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;

/**
 * The normalize stage: maps a RECEIVED journal entry with its channel's mapper, checks the result
 * against the canonical schema and queues it for delivery, or records why it is ignored or
 * quarantined. A mapper that throws quarantines the message; it never blocks the channel.
 */
public final class Normalizer {

    private final Store store;
    private final Map<String, ChannelMapper> mappersByChannel;
    private final Duration lease;

    /** {@code lease}: how long the delivery claim on a queued complaint lasts (it is claimed as it is queued). */
    public Normalizer(Store store, Map<String, ChannelMapper> mappersByChannel, Duration lease) {
        this.store = store;
        this.mappersByChannel = Map.copyOf(mappersByChannel);
        this.lease = lease;
    }

    /**
     * The outbox item, claimed for delivery, when the entry was queued; empty when it ended otherwise.
     * Idempotent: an entry no longer RECEIVED is left alone.
     */
    public Optional<OutboxItem> normalize(JournalEntry entry) {
        if (entry.state() != LedgerState.RECEIVED) {
            return Optional.empty();
        }
        Normalization decided = decide(entry);
        if (decided instanceof Normalization.Queue queue) {
            return store.enqueueClaimed(entry, queue.complaintJson(), lease);
        }
        Normalization.Finish finish = (Normalization.Finish) decided;
        store.finish(entry.id(), finish.state(), finish.reason());
        return Optional.empty();
    }

    /** What becomes of the entry, without recording it: a pure function, for {@link Store#appendNormalized}. */
    public Normalization decide(JournalEntry entry) {
        return decide(entry, mappersByChannel.get(entry.channelId()));
    }

    /**
     * As {@link #decide(JournalEntry)}, with a mapper that knows more than the journal keeps (a mail's server date,
     * known while it is being received): the channel's own mapper takes over when the entry is replayed.
     */
    public Normalization decide(JournalEntry entry, ChannelMapper mapper) {
        MappingResult result = map(entry, mapper);
        if (result instanceof MappingResult.Mapped mapped) {
            // checked as the tree it is written from: the bytes are not parsed back just to be checked
            JsonNode tree = ComplaintJson.toTree(mapped.complaint());
            List<String> violations = ComplaintSchema.validate(tree);
            if (!violations.isEmpty()) {
                return new Normalization.Finish(LedgerState.QUARANTINED,
                        "complaint does not match schema v1: " + String.join("; ", violations));
            }
            return new Normalization.Queue(ComplaintJson.toBytes(tree));
        }
        if (result instanceof MappingResult.Ignored ignored) {
            return new Normalization.Finish(LedgerState.IGNORED, ignored.reason());
        }
        return new Normalization.Finish(LedgerState.QUARANTINED, ((MappingResult.Quarantined) result).reason());
    }

    public Duration lease() {
        return lease;
    }

    private static MappingResult map(JournalEntry entry, ChannelMapper mapper) {
        if (mapper == null) {
            return new MappingResult.Quarantined("no channel '" + entry.channelId()
                    + "' is configured; restore it and replay");
        }
        try {
            return mapper.map(entry);
        } catch (StoreUnavailableException e) {
            throw e; // not the message's fault: it stays as it is and is mapped again once the store is back
        } catch (RuntimeException e) {
            return new MappingResult.Quarantined("mapper failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
