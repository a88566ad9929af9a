package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * One system's footprint run, as steps: up (timed), idle (read its memory), loaded (post the complaints, wait until
 * every one reached its downstream, read its memory again).
 */
final class FootprintRun {

    private static final Duration POLL_EVERY = Duration.ofMillis(50);

    private FootprintRun() {
    }

    static FootprintResult measure(FootprintSubject subject, FootprintOptions options) throws InterruptedException {
        String name = subject.system().label();
        double startup = subject.jvm().awaitHealthy(subject.healthUrl(), options.startTimeout()).toNanos() / 1e9;
        System.err.printf(Locale.ROOT, "%s: UP after %.2f s; idle for %.1f s%n", name, startup,
                options.idle().toMillis() / 1000.0);
        // Not a synchronisation: the idle period is the thing measured (timers tick, the JIT settles, nothing arrives).
        LockSupport.parkNanos(options.idle().toNanos());
        ProcessMemory idle = subject.jvm().memory();
        System.err.printf(Locale.ROOT, "%s: idle RSS %.1f MB; posting %d complaints with %d clients%n", name,
                idle.residentMb(), options.complaints(), options.clients());
        ComplaintPosting posting = ComplaintPosting.post(subject.apiUrl(), options.complaints(), options.clients(),
                "footprint-" + name, options.drainTimeout());
        long delivered = awaitDelivered(subject.delivered(), posting.accepted(), options.drainTimeout());
        ProcessMemory loaded = subject.jvm().memory();
        System.err.printf(Locale.ROOT, "%s: %d accepted in %.1f s, %d delivered; RSS %.1f MB (peak %.1f MB)%n", name,
                posting.accepted(), posting.seconds(), delivered, loaded.residentMb(), loaded.peakMb());
        return new FootprintResult(subject.system(), startup, idle, posting, delivered, loaded, subject.command());
    }

    /** Polls the downstream's count until it holds {@code expected} or {@code timeout} passes; the last count. */
    private static long awaitDelivered(LongSupplier delivered, long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = delivered.getAsLong();
        while (count < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_EVERY.toNanos());
            count = delivered.getAsLong();
        }
        return count;
    }
}
