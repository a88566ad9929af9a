package org.complaintgateway.benchmarks;

import java.util.Optional;

/**
 * One drain of a backlog (a mailbox, a bot's pending updates) by one system. {@code seconds}: from the start (the
 * baseline's login or first getUpdates, the gateway's {@code Gateway.start}) until the last message was read (mail
 * baseline) or reached the sink; for the gateway {@code startupSeconds} of it went to starting. {@code messages}
 * messages and {@code bytes} (see {@link Preload}) were waiting; {@code drained} of them were read (mail baseline) or
 * delivered (distinct Idempotency-Keys at the sink). {@code ledger} and {@code ledgerStates}: the gateway's ledger
 * afterwards (empty and "-" for a baseline).
 */
record DrainResult(String system, int messages, long bytes, long drained, double seconds, double startupSeconds,
                   Optional<LedgerCounts> ledger, String ledgerStates, double loadBefore, double loadAfter) {

    static DrainResult baseline(Preload backlog, long drained, double seconds, double loadBefore, double loadAfter) {
        return new DrainResult("baseline", backlog.messages(), backlog.bytes(), drained, seconds, Double.NaN,
                Optional.empty(), "-", loadBefore, loadAfter);
    }

    /** Every message drained, and for the gateway the ledger counts each of them FORWARDED and nothing else. */
    boolean complete() {
        return drained == messages
                && ledger.map(l -> l.forwarded() == messages && l.total() == messages).orElse(true);
    }

    double messagesPerSecond() {
        return drained / seconds;
    }

    /** MB as the config means it: 2^20 bytes. NaN for a drain that did not finish: which mails were done is unknown. */
    double megabytesPerSecond() {
        return drained == messages ? bytes / (double) (1 << 20) / seconds : Double.NaN;
    }
}
