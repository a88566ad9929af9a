package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How long one new mail takes to reach the downstream: a gateway polls an empty mailbox every {@code latencyPoll}; one
 * mail at a time is appended to the inbox after a random pause (so appends fall anywhere between two polls, as real
 * mail does) and timed from just before the append until its first delivery at the sink.
 */
final class LatencyProbe {

    /** Beyond two polls and this long, a probe counts as lost and the probe stops. */
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration LEDGER_WAIT = Duration.ofSeconds(10);

    private LatencyProbe() {
    }

    static LatencyResult run(MailCorpus corpus, MailBenchmarkOptions options, Path workDir) throws InterruptedException {
        Duration poll = options.latencyPoll();
        int samples = options.latencySamples();
        Random pauses = new Random(options.seed());
        try (BenchMailbox mailbox = BenchMailbox.start();
             ChannelGateway gateway = MailGateway.start(mailbox, poll, options.perPoll(), workDir)) {
            DeliverySink sink = gateway.sink();
            Map<String, Long> arrivals = sink.arrivals();
            Set<String> timed = new HashSet<>();
            long[] latencies = new long[samples];
            int delivered = 0;
            for (int i = 0; i < samples; i++) {
                // pacing, not synchronisation: the pause puts the append at a random point of the poll cycle
                Thread.sleep((long) (pauses.nextDouble() * poll.toMillis()));
                long appended = System.nanoTime();
                mailbox.deliver(corpus.probe(i));
                if (!sink.awaitCount(i + 1, poll.multipliedBy(2).plus(GRACE))) {
                    break;
                }
                String key = arrivals.keySet().stream().filter(k -> !timed.contains(k)).findFirst().orElseThrow();
                timed.add(key);
                latencies[delivered++] = arrivals.get(key) - appended;
            }
            return new LatencyResult(samples, delivered, Percentiles.ofNanos(Arrays.copyOf(latencies, delivered)), poll,
                    gateway.gateway().ledger(delivered, LEDGER_WAIT), LoadAverage.now());
        }
    }
}
