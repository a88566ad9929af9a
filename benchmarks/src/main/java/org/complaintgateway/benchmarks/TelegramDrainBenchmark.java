package org.complaintgateway.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;

/**
 * The Telegram benchmark: a fake Bot API preloaded with a seeded backlog of updates is drained into a loopback
 * downstream by a plain HttpClient loop (the baseline) and by the gateway's telegram channel, one after the other in
 * one JVM, each against a fresh fake holding the same backlog. See docs/BENCHMARKS.md ("Telegram: draining
 * getUpdates").
 */
public final class TelegramDrainBenchmark {

    private TelegramDrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkMain.run(args, TelegramBenchmarkOptions.USAGE, TelegramBenchmarkOptions::parse, "telegram-benchmark-",
                (options, workDir) -> TelegramResultTable.print(System.out, run(options, workDir)));
    }

    /** Warm-up, then the baseline's drain and the gateway's, each that {@code options} asks for. */
    static TelegramResultTable.Results run(TelegramBenchmarkOptions options, Path workDir)
            throws InterruptedException, IOException {
        UpdateCorpus corpus = UpdateCorpus.of(options.updates(), options.photoShare(), options.seed());
        if (options.warmupUpdates() > 0) {
            warmUp(options, workDir.resolve("warmup"));
        }
        Preload backlog = null;
        Optional<DrainResult> baseline = Optional.empty();
        if (options.runs(SystemKind.BASELINE)) {
            try (FakeTelegramBotApi api = FakeTelegramBotApi.start()) {
                backlog = preload(api, corpus);
                baseline = Optional.of(report(BotApiBaseline.drain(api, backlog)));
            }
        }
        Optional<DrainResult> gateway = Optional.empty();
        if (options.runs(SystemKind.GATEWAY)) {
            try (FakeTelegramBotApi api = FakeTelegramBotApi.start()) {
                backlog = preload(api, corpus);
                gateway = Optional.of(report(GatewayTelegramDrain.drain(api, backlog, options.drainTimeout(),
                        workDir.resolve("drain"))));
            }
        }
        return new TelegramResultTable.Results(corpus, backlog, baseline, gateway);
    }

    /** Both systems drain a smaller backlog of the same mix first, unmeasured, so neither pays for the JIT alone. */
    private static void warmUp(TelegramBenchmarkOptions options, Path workDir)
            throws InterruptedException, IOException {
        UpdateCorpus small = UpdateCorpus.of(options.warmupUpdates(), options.photoShare(), options.seed() + 1);
        System.err.printf(Locale.ROOT, "warm-up: %d updates, each system once, not measured%n", small.size());
        try (FakeTelegramBotApi api = FakeTelegramBotApi.start()) {
            BotApiBaseline.drain(api, small.loadInto(api));
        }
        try (FakeTelegramBotApi api = FakeTelegramBotApi.start()) {
            GatewayTelegramDrain.drain(api, small.loadInto(api), options.drainTimeout(), workDir);
        }
    }

    private static Preload preload(FakeTelegramBotApi api, UpdateCorpus corpus) {
        // Not to collect the last run's garbage during this one.
        System.gc();
        Preload backlog = corpus.loadInto(api);
        System.err.printf(Locale.ROOT, "Bot API: %d updates, %.1f MB of photos, preloaded in %.1f s%n",
                backlog.messages(), backlog.bytes() / (double) (1 << 20), backlog.seconds());
        return backlog;
    }

    private static DrainResult report(DrainResult result) {
        System.err.printf(Locale.ROOT, "%s: %d of %d drained in %.1f s (%.1f updates/s)%s%n", result.system(),
                result.drained(), result.messages(), result.seconds(), result.messagesPerSecond(),
                result.ledger().map(l -> ", ledger " + l.forwarded() + "/" + l.total() + " forwarded").orElse(""));
        return result;
    }
}
