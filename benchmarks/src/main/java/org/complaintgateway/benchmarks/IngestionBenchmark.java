package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sustained JSON-API ingestion, end to end, of the gateway beside a bare Camel forwarder on the same
 * HTTP stack, alternately in one JVM: complaints/s delivered, 202 → delivery latency, API latency.
 * See docs/BENCHMARKS.md for what the figures mean and how to read them.
 */
public final class IngestionBenchmark {

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkMain.run(args, BenchmarkOptions.USAGE, BenchmarkOptions::parse, "ingestion-benchmark-",
                (options, workDir) -> ResultTable.print(System.out, options, run(options, workDir)));
    }

    /** Every run of {@code options}, in order; ledgers and configs go under {@code workDir}. */
    static List<RunResult> run(BenchmarkOptions options, Path workDir) throws InterruptedException {
        List<RunResult> results = new ArrayList<>();
        List<SystemKind> order = options.runOrder();
        for (int i = 0; i < order.size(); i++) {
            SystemKind kind = order.get(i);
            int round = i / options.systems().size() + 1;
            // Not to collect one run's garbage during the next.
            System.gc();
            System.err.printf(Locale.ROOT, "run %d/%d: %s, round %d%n", i + 1, order.size(), kind.label(), round);
            RunResult result = BenchmarkRun.execute(kind, round, options, workDir);
            System.err.printf(Locale.ROOT, "run %d/%d: %s delivered %.0f/s, lag p99 %.1f ms, errors %d, undelivered %d%n",
                    i + 1, order.size(), kind.label(), result.deliveredPerSecond(), result.deliveryLag().p99(),
                    result.errors(), result.undelivered());
            results.add(result);
        }
        return results;
    }
}
