package org.complaintgateway.routes.store;

import java.time.Instant;
import java.util.List;

/**
 * What {@code ledger check} prints: counts per channel and state, and the messages in flight
 * since before the stuck threshold. Healthy when nothing is stuck.
 */
public record LedgerReport(List<Count> counts, List<Stuck> stuck) {

    public record Count(String channelId, LedgerState state, long count) {}

    public record Stuck(String id, String channelId, LedgerState state, Instant since) {}

    public LedgerReport {
        counts = List.copyOf(counts);
        stuck = List.copyOf(stuck);
    }

    public long total() {
        return counts.stream().mapToLong(Count::count).sum();
    }
}
