package org.complaintgateway.routes.store;

import java.time.Instant;
import java.util.List;

/** What {@code ledger check} prints about outbound messages: counts per channel and state, and the stuck ones. */
public record OutboundReport(List<Count> counts, List<Stuck> stuck) {

    public record Count(String channelId, OutboundState state, long count) {}

    public record Stuck(String id, String channelId, int attempts, String reason, Instant since) {}

    public OutboundReport {
        counts = List.copyOf(counts);
        stuck = List.copyOf(stuck);
    }
}
