package org.complaintgateway.benchmarks;

import java.util.Arrays;

/** p50, p95, p99 and the largest of a set of durations, in milliseconds (nearest rank). */
record Percentiles(double p50, double p95, double p99, double max) {

    static final Percentiles NONE = new Percentiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)), millis(rank(sorted, 0.99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
