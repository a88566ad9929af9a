package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The gateway's drain of a preloaded mailbox: from {@code Gateway.start} until every mail reached the sink (one
 * Idempotency-Key each), or the drain timeout passed; then the ledger's counts. Progress goes to stderr every 10 s.
 */
final class GatewayMailDrain {

    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    /** The sink sees a delivery just before the gateway commits it FORWARDED. */
    private static final Duration LEDGER_WAIT = Duration.ofSeconds(30);

    private GatewayMailDrain() {
    }

    static DrainResult drain(BenchMailbox mailbox, Preload preload, MailBenchmarkOptions options, Path workDir)
            throws InterruptedException {
        double loadBefore = LoadAverage.now();
        try (MailGateway gateway = MailGateway.start(mailbox, options.drainPoll(), options.perPoll(), workDir)) {
            DeliverySink sink = gateway.sink();
            long start = gateway.startedAt();
            long deadline = start + options.drainTimeout().toNanos();
            boolean all = false;
            while (!all && System.nanoTime() < deadline) {
                long wait = Math.min(PROGRESS_EVERY_NANOS, deadline - System.nanoTime());
                all = sink.awaitCount(preload.messages(), Duration.ofNanos(Math.max(1, wait)));
                if (!all) {
                    System.err.printf(Locale.ROOT, "  gateway: %d of %d at the sink after %.0f s, %d unseen in the inbox,"
                                    + " load %.1f%n", sink.arrivals().size(), preload.messages(),
                            (System.nanoTime() - start) / 1e9, mailbox.unseen(), LoadAverage.now());
                }
            }
            long end = all ? lastArrival(sink, start) : System.nanoTime();
            Optional<LedgerCounts> ledger = gateway.gateway().ledger(preload.messages(), all ? LEDGER_WAIT : Duration.ZERO);
            return new DrainResult("gateway", preload.messages(), preload.bytes(), sink.arrivals().size(),
                    (end - start) / 1e9, gateway.startupSeconds(), ledger, gateway.gateway().ledgerStates(), loadBefore,
                    LoadAverage.now());
        }
    }

    private static long lastArrival(DeliverySink sink, long otherwise) {
        return sink.arrivals().values().stream().mapToLong(Long::longValue).max().orElse(otherwise);
    }
}
