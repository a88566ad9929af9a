package org.complaintgateway.benchmarks;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Prints the runs as a table, the gateway/baseline throughput ratio, the goals, and one
 * machine-readable line starting with {@value #SUMMARY_PREFIX}.
 */
final class ResultTable {

    static final String SUMMARY_PREFIX = "BENCHMARK_SUMMARY ";
    /** The goals: half the baseline's throughput, p99 delivery lag within 50 ms, 1,000 complaints/s. */
    static final double MIN_RATIO = 0.5;
    static final double MAX_P99_MILLIS = 50;
    static final double MIN_PER_SECOND = 1000;

    private static final String ROW = "%-3s %-8s %10s %11s %8s %8s %8s %8s %8s %8s %8s %8s %6s %11s %4s %5s %s%n";

    private ResultTable() {
    }

    static void print(PrintStream out, BenchmarkOptions options, List<RunResult> results) {
        out.printf(Locale.ROOT, "clients %d, %s, warm-up %ss, window %ss per run; latencies in ms%n",
                options.clients(), options.rate() == 0 ? "closed loop" : "open loop at " + options.rate() + "/s",
                options.warmup().toMillis() / 1000.0, options.duration().toMillis() / 1000.0);
        out.printf(Locale.ROOT, ROW, "run", "system", "accepted/s", "delivered/s", "drain/s", "lag p50", "lag p95",
                "lag p99", "e2e p50", "e2e p99", "api p50", "api p99", "errors", "undelivered", "dup", "load",
                "ledger fwd/total");
        for (RunResult r : results) {
            out.printf(Locale.ROOT, ROW, r.round(), r.system().label(), rate(r.acceptedPerSecond()),
                    rate(r.deliveredPerSecond()), rate(r.drainPerSecond()), ms(r.deliveryLag().p50()),
                    ms(r.deliveryLag().p95()), ms(r.deliveryLag().p99()), ms(r.endToEnd().p50()),
                    ms(r.endToEnd().p99()), ms(r.api().p50()), ms(r.api().p99()), r.errors(), r.undelivered(),
                    r.duplicates(), String.format(Locale.ROOT, "%.1f", r.loadAverage()),
                    r.ledger().map(l -> l.forwarded() + "/" + l.total()).orElse("-"));
        }
        Map<String, Object> summary = summary(results);
        out.println();
        out.printf(Locale.ROOT, "throughput ratio gateway/baseline (mean delivered/s): %s%n", summary.get("ratio"));
        if (summary.containsKey("goalsMet")) {
            out.printf(Locale.ROOT, "goals (ratio >= %.1f, gateway lag p99 <= %.0f ms, >= %.0f complaints/s): %s%n",
                    MIN_RATIO, MAX_P99_MILLIS, MIN_PER_SECOND, (Boolean) summary.get("goalsMet") ? "met" : "NOT met");
        }
        out.println(SummaryLine.of(SUMMARY_PREFIX, summary));
    }

    static Map<String, Object> summary(List<RunResult> results) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Double baseline = null;
        Double gateway = null;
        for (SystemKind kind : SystemKind.values()) {
            List<RunResult> runs = results.stream().filter(r -> r.system() == kind).toList();
            if (runs.isEmpty()) {
                continue;
            }
            double delivered = mean(runs, RunResult::deliveredPerSecond);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("runs", runs.size());
            figures.put("deliveredPerSecond", round(delivered));
            figures.put("acceptedPerSecond", round(mean(runs, RunResult::acceptedPerSecond)));
            figures.put("drainPerSecond", round(mean(runs, RunResult::drainPerSecond)));
            figures.put("lagP50Ms", round(worst(runs, r -> r.deliveryLag().p50())));
            figures.put("lagP95Ms", round(worst(runs, r -> r.deliveryLag().p95())));
            figures.put("lagP99Ms", round(worst(runs, r -> r.deliveryLag().p99())));
            figures.put("apiP50Ms", round(worst(runs, r -> r.api().p50())));
            figures.put("apiP99Ms", round(worst(runs, r -> r.api().p99())));
            figures.put("errors", runs.stream().mapToLong(RunResult::errors).sum());
            figures.put("undelivered", runs.stream().mapToLong(RunResult::undelivered).sum());
            figures.put("maxLoadAverage", round(worst(runs, RunResult::loadAverage)));
            figures.put("consistent", runs.stream().allMatch(RunResult::consistent));
            summary.put(kind.label(), figures);
            if (kind == SystemKind.BASELINE) {
                baseline = delivered;
            } else {
                gateway = delivered;
            }
        }
        if (baseline != null && gateway != null) {
            double ratio = gateway / baseline;
            summary.put("ratio", Math.round(ratio * 1000) / 1000.0);
            double gatewayP99 = worst(results.stream().filter(r -> r.system() == SystemKind.GATEWAY).toList(),
                    r -> r.deliveryLag().p99());
            summary.put("goalsMet", ratio >= MIN_RATIO && gatewayP99 <= MAX_P99_MILLIS && gateway >= MIN_PER_SECOND);
        } else {
            summary.put("ratio", null);
        }
        return summary;
    }

    private static double mean(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
        return runs.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    /** Latencies are summarised by their worst run: a goal must hold in every run. */
    private static double worst(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
        return runs.stream().mapToDouble(figure).max().orElse(Double.NaN);
    }

    private static Double round(double value) {
        return SummaryLine.oneDecimal(value);
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
