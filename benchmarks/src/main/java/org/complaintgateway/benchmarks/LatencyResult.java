package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.Optional;

/**
 * The latency probe's figures: {@code samples} single mails sent, {@code delivered} of them reached the sink, and the
 * time from each one's append to the inbox to its delivery, with the gateway polling every {@code pollEvery}.
 */
record LatencyResult(int samples, int delivered, Percentiles latency, Duration pollEvery,
                     Optional<LedgerCounts> ledger, double loadAfter) {

    /** Every probe delivered and counted FORWARDED in the ledger. */
    boolean complete() {
        return delivered == samples && ledger.map(l -> l.forwarded() == samples && l.total() == samples).orElse(false);
    }
}
