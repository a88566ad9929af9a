package org.complaintgateway.routes.store;

import java.time.Instant;
import java.util.List;

/**
 * What {@code ledger check} prints: counts per channel and state, the messages in flight since
 * before the stuck threshold, and the unaccounted ones: whose journal state and outbox disagree
 * (queued with nothing to deliver, forwarded without a delivery). Healthy when both lists are empty.
 */
public record LedgerReport(List<Count> counts, List<Stuck> stuck, List<Unaccounted> unaccounted) {

    public record Count(String channelId, LedgerState state, long count) {}

    public record Stuck(String id, String channelId, LedgerState state, Instant since) {}

    /** {@code outboxState} is null when the message has no outbox row. */
    public record Unaccounted(String id, String channelId, LedgerState state, String outboxState) {}

    public LedgerReport {
        counts = List.copyOf(counts);
        stuck = List.copyOf(stuck);
        unaccounted = List.copyOf(unaccounted);
    }

    public boolean healthy() {
        return stuck.isEmpty() && unaccounted.isEmpty();
    }

    public long total() {
        return counts.stream().mapToLong(Count::count).sum();
    }
}
