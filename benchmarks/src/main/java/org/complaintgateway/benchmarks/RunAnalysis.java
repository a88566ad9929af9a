package org.complaintgateway.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the samples of a run and the sink's arrival times into a {@link RunResult}. */
final class RunAnalysis {

    /** Fewer deliveries than this after the load stopped are stragglers, not a rate worth printing. */
    private static final int MIN_DRAINED = 100;

    /** The measured window [{@code windowStart}, {@code windowEnd}) and when the load stopped, in {@link System#nanoTime}. */
    record Times(long windowStart, long windowEnd, long loadEnd) {}

    private RunAnalysis() {
    }

    static RunResult analyse(SystemKind system, int round, List<Sample> samples, Map<String, Long> arrivals,
                             long duplicates, Times times, double loadAverage, Optional<LedgerCounts> ledger) {
        long windowStart = times.windowStart();
        long windowEnd = times.windowEnd();
        double seconds = (windowEnd - windowStart) / 1e9;
        List<Sample> accepted = samples.stream().filter(Sample::accepted).toList();
        List<Sample> inWindow = accepted.stream()
                .filter(s -> s.answeredAt() >= windowStart && s.answeredAt() < windowEnd)
                .toList();
        long deliveredInWindow = accepted.stream()
                .map(s -> arrivals.get(s.id()))
                .filter(at -> at != null && at >= windowStart && at < windowEnd)
                .count();
        List<Sample> delivered = inWindow.stream().filter(s -> arrivals.containsKey(s.id())).toList();
        long[] lag = delivered.stream().mapToLong(s -> arrivals.get(s.id()) - s.answeredAt()).toArray();
        long[] endToEnd = delivered.stream().mapToLong(s -> arrivals.get(s.id()) - s.sentAt()).toArray();
        long[] api = samples.stream()
                .filter(s -> s.answeredAt() >= windowStart && s.answeredAt() < windowEnd)
                .mapToLong(s -> s.answeredAt() - s.sentAt())
                .toArray();
        long errors = samples.stream().filter(s -> !s.accepted()).count();
        long undelivered = accepted.stream().filter(s -> !arrivals.containsKey(s.id())).count();
        return new RunResult(system, round, inWindow.size() / seconds, deliveredInWindow / seconds,
                drainRate(accepted, arrivals, times.loadEnd()), Percentiles.ofNanos(lag), Percentiles.ofNanos(endToEnd),
                Percentiles.ofNanos(api), accepted.size(), errors, undelivered, duplicates, loadAverage, ledger);
    }

    private static double drainRate(List<Sample> accepted, Map<String, Long> arrivals, long loadEnd) {
        long[] after = accepted.stream()
                .map(s -> arrivals.get(s.id()))
                .filter(at -> at != null && at > loadEnd)
                .mapToLong(Long::longValue)
                .toArray();
        if (after.length < MIN_DRAINED) {
            return Double.NaN;
        }
        long last = Arrays.stream(after).max().orElseThrow();
        return after.length / ((last - loadEnd) / 1e9);
    }
}
