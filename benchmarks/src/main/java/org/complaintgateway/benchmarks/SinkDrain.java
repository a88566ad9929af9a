package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Waits for the gateway's drain to reach the sink: until {@code expected} distinct Idempotency-Keys arrived (and the
 * sink fetched every file sent by link, when it fetches them) or the timeout passed, saying on stderr every 10 s how far it got and what is still waiting upstream.
 */
final class SinkDrain {

    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    /** Whether every key arrived, and the seconds from the start to the last arrival (or to giving up). */
    record Outcome(boolean complete, double seconds) {}

    private SinkDrain() {
    }

    /**
     * @param start   {@link System#nanoTime} the drain counts from
     * @param backlog what is still upstream, for the progress line, e.g. "120 unseen in the inbox"
     */
    static Outcome await(DeliverySink sink, int expected, long start, Duration timeout, Supplier<String> backlog)
            throws InterruptedException {
        long deadline = start + timeout.toNanos();
        boolean all = false;
        while (!all && System.nanoTime() < deadline) {
            long wait = Math.min(PROGRESS_EVERY_NANOS, deadline - System.nanoTime());
            all = sink.awaitCount(expected, Duration.ofNanos(Math.max(1, wait)));
            if (!all) {
                System.err.printf(Locale.ROOT, "  gateway: %d of %d at the sink after %.0f s, %s, load %.1f%n",
                        sink.arrivals().size(), expected, (System.nanoTime() - start) / 1e9, backlog.get(),
                        LoadAverage.now());
            }
        }
        long end = all ? sink.lastArrival(start) : System.nanoTime();
        if (all && sink.linkedFiles().isPresent()) {
            // the downstream has what the gateway sent once it also has the files sent by link
            end = Math.max(end, sink.linkedFiles().get().awaitIdle(deadline));
        }
        return new Outcome(all, (end - start) / 1e9);
    }
}
