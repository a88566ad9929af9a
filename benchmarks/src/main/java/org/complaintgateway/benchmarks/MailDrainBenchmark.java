package org.complaintgateway.benchmarks;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.complaintgateway.benchmarks.MailBenchmarkOptions.Part;

/**
 * Issue 3's e-mail benchmark: a mailbox preloaded with a seeded corpus is drained by a plain Angus Mail loop (the
 * baseline) and by the gateway's e-mail channel into a loopback downstream, in one JVM; then single mails are timed
 * from the inbox to the downstream. See docs/BENCHMARKS.md ("E-mail: mailbox drain").
 */
public final class MailDrainBenchmark {

    private MailDrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkMain.run(args, MailBenchmarkOptions.USAGE, MailBenchmarkOptions::parse, "mail-benchmark-",
                (options, workDir) -> MailResultTable.print(System.out, options, run(options, workDir)));
    }

    /** Warm-up, baseline drain, gateway drain, latency probe: each part {@code options} asks for, in that order. */
    static MailResultTable.Results run(MailBenchmarkOptions options, Path workDir)
            throws InterruptedException, MessagingException, IOException {
        MailCorpus corpus = MailCorpus.of(options.messages(), options.largeShare(), options.seed());
        if (options.warmupMessages() > 0 && (options.runs(Part.BASELINE) || options.runs(Part.GATEWAY))) {
            warmUp(options, workDir.resolve("warmup"));
        }
        Preload mailbox = null;
        Optional<DrainResult> baseline = Optional.empty();
        if (options.runs(Part.BASELINE)) {
            try (BenchMailbox box = BenchMailbox.start()) {
                mailbox = preload(box, corpus);
                baseline = Optional.of(report(AngusMailBaseline.drain(box, mailbox)));
            }
        }
        Optional<DrainResult> gateway = Optional.empty();
        if (options.runs(Part.GATEWAY)) {
            try (BenchMailbox box = BenchMailbox.start()) {
                mailbox = preload(box, corpus);
                gateway = Optional.of(report(GatewayMailDrain.drain(box, mailbox, options, workDir.resolve("drain"))));
            }
        }
        Optional<LatencyResult> latency = Optional.empty();
        if (options.runs(Part.LATENCY)) {
            System.gc();
            System.err.printf(Locale.ROOT, "latency: %d single mails, gateway polling every %d ms%n",
                    options.latencySamples(), options.latencyPoll().toMillis());
            latency = Optional.of(LatencyProbe.run(corpus, options, workDir.resolve("latency")));
        }
        if (mailbox == null) {
            mailbox = new Preload(corpus.size(), 0, 0);
        }
        return new MailResultTable.Results(corpus, mailbox, baseline, gateway, latency);
    }

    /** Both systems drain a small mailbox first, unmeasured, so the measured runs do not pay for the JIT alone. */
    private static void warmUp(MailBenchmarkOptions options, Path workDir)
            throws InterruptedException, MessagingException, IOException {
        MailCorpus small = MailCorpus.of(options.warmupMessages(), 0, options.seed() + 1);
        System.err.printf(Locale.ROOT, "warm-up: %d small mails, each system once, not measured%n", small.size());
        try (BenchMailbox box = BenchMailbox.start()) {
            AngusMailBaseline.drain(box, Preload.fill(box, small));
        }
        try (BenchMailbox box = BenchMailbox.start()) {
            GatewayMailDrain.drain(box, Preload.fill(box, small), options, workDir);
        }
    }

    private static Preload preload(BenchMailbox box, MailCorpus corpus) {
        // Not to collect the last run's garbage during this one.
        System.gc();
        Preload preload = Preload.fill(box, corpus);
        System.err.println("mailbox: " + preload.describe());
        return preload;
    }

    private static DrainResult report(DrainResult result) {
        System.err.printf(Locale.ROOT, "%s: %d of %d drained in %.1f s (%.1f mails/s, %.1f MB/s)%s%n", result.system(),
                result.drained(), result.messages(), result.seconds(), result.messagesPerSecond(),
                result.megabytesPerSecond(), result.ledger().map(l -> ", ledger " + l.forwarded() + "/" + l.total()
                        + " forwarded").orElse(""));
        return result;
    }
}
