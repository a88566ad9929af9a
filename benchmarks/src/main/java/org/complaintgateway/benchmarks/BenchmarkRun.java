package org.complaintgateway.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of one system: a fresh sink and a fresh system (for the gateway a fresh ledger), warm-up and
 * measured window of load back to back, then a drain until every accepted complaint reached the sink.
 */
final class BenchmarkRun {

    private static final Duration LEDGER_WAIT = Duration.ofSeconds(10);

    private BenchmarkRun() {
    }

    static RunResult execute(SystemKind kind, int round, BenchmarkOptions options, Path workDir)
            throws InterruptedException {
        String tag = kind.label() + "-" + round;
        try (DeliverySink sink = DeliverySink.start();
             Target target = Target.start(kind, sink.url(), workDir.resolve(tag), options)) {
            LoadGenerator load = new LoadGenerator(target.apiUrl(), tag);
            long windowStart = System.nanoTime() + options.warmup().toNanos();
            long windowEnd = windowStart + options.duration().toNanos();
            List<Sample> samples = load.run(options.clients(), options.rate(), windowEnd, options.maxRequests());
            long loadEnd = System.nanoTime();
            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<String> accepted = samples.stream().filter(Sample::accepted).map(Sample::id).toList();
            sink.awaitAll(accepted, options.drain());
            Optional<LedgerCounts> ledger = target.ledger(accepted.size(), LEDGER_WAIT);
            return RunAnalysis.analyse(kind, round, samples, Map.copyOf(sink.arrivals()), sink.duplicates(),
                    new RunAnalysis.Times(windowStart, windowEnd, loadEnd), loadAverage, ledger);
        }
    }
}
