package org.complaintgateway.benchmarks;

import java.util.Optional;

/**
 * The figures of one run of one system. Rates count the measured window only; latencies are of the
 * complaints accepted inside it. {@code deliveryLag}: 202 received by the client → first delivery at
 * the sink; {@code endToEnd}: request sent → first delivery; {@code api}: request sent → answer.
 * {@code drainPerSecond}: deliveries per second after the load stopped, until the last one (NaN when
 * nothing was left): what the delivery side manages once intake no longer competes with it.
 * {@code acceptedTotal}, {@code undelivered} and the ledger cover the whole run, warm-up included.
 * {@code loadAverage}: the machine's one-minute load average when the load stopped.
 */
record RunResult(SystemKind system, int round, double acceptedPerSecond, double deliveredPerSecond,
                 double drainPerSecond, Percentiles deliveryLag, Percentiles endToEnd, Percentiles api,
                 long acceptedTotal, long errors, long undelivered, long duplicates, double loadAverage,
                 Optional<LedgerCounts> ledger) {

    /** Every accepted complaint reached the sink, nothing failed, and the ledger (if any) agrees. */
    boolean consistent() {
        return errors == 0 && undelivered == 0
                && ledger.map(l -> l.forwarded() == acceptedTotal && l.total() == acceptedTotal).orElse(true);
    }
}
