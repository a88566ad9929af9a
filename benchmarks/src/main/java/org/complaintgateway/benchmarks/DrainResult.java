package org.complaintgateway.benchmarks;

import java.util.Optional;

/**
 * One drain of the mailbox by one system. {@code seconds}: from the start (the baseline's login, the gateway's
 * {@code Gateway.start}) until the last mail was read (baseline) or reached the sink (gateway); for the gateway
 * {@code startupSeconds} of it went to starting. {@code messages} mails of {@code bytes} raw bytes were in the
 * mailbox; {@code drained} of them were read (baseline) or delivered (gateway, distinct Idempotency-Keys at the sink).
 * {@code ledger} and {@code ledgerStates}: the gateway's ledger afterwards (empty and "-" for the baseline).
 */
record DrainResult(String system, int messages, long bytes, long drained, double seconds, double startupSeconds,
                   Optional<LedgerCounts> ledger, String ledgerStates, double loadBefore, double loadAfter) {

    static DrainResult baseline(Preload mailbox, long read, double seconds, double loadBefore, double loadAfter) {
        return new DrainResult("baseline", mailbox.messages(), mailbox.bytes(), read, seconds, Double.NaN,
                Optional.empty(), "-", loadBefore, loadAfter);
    }

    /** Every mail drained, and for the gateway the ledger counts each of them FORWARDED and nothing else. */
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
