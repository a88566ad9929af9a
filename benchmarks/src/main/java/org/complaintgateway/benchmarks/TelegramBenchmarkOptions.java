package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one Telegram benchmark does: a backlog of {@code updates} updates ({@code photoShare} of them photos with a
 * caption, the rest text) drained by the baseline and by the gateway ({@code systems}, in that order), the gateway
 * given up to {@code drainTimeout}. {@code warmupUpdates} updates are drained by both first, unmeasured, so that
 * neither runs on code the JIT has not compiled yet.
 */
record TelegramBenchmarkOptions(int updates, double photoShare, long seed, int warmupUpdates, Duration drainTimeout,
                                List<SystemKind> systems) {

    static final String USAGE = String.join("\n",
            "java -cp benchmarks/target/benchmarks.jar org.complaintgateway.benchmarks.TelegramDrainBenchmark [options]",
            "  --updates N           updates waiting at the fake Bot API (default 10000)",
            "  --photo-share F       share of photos with a caption (the largest size, 137 KB, downloaded),",
            "                        0 to 1 or a percentage (default 0.05); the rest are text messages",
            "  --seed N              the backlog's random seed (default 42)",
            "  --warmup-updates N    updates drained by both systems first, not measured (default 1000)",
            "  --drain-timeout D     longest wait for the gateway's drain (default 10m)",
            "  --only SYSTEM         baseline or gateway (default both, baseline first)",
            "Durations: 500ms, 20s, 2m.");

    TelegramBenchmarkOptions {
        systems = List.copyOf(systems);
        if (updates < 1 || warmupUpdates < 0 || photoShare < 0 || photoShare > 1 || systems.isEmpty()) {
            throw new IllegalArgumentException("updates must be at least 1, warmup-updates at least 0,"
                    + " photo-share 0 to 1");
        }
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    static TelegramBenchmarkOptions parse(String... args) {
        int updates = 10_000;
        double photoShare = 0.05;
        long seed = 42;
        int warmupUpdates = 1000;
        Duration drainTimeout = Duration.ofMinutes(10);
        List<SystemKind> systems = List.of(SystemKind.BASELINE, SystemKind.GATEWAY);
        for (Map.Entry<String, String> option : OptionValues.pairs(args)) {
            String value = option.getValue();
            switch (option.getKey()) {
                case "--updates" -> updates = Integer.parseInt(value);
                case "--photo-share" -> photoShare = OptionValues.share(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--warmup-updates" -> warmupUpdates = Integer.parseInt(value);
                case "--drain-timeout" -> drainTimeout = OptionValues.duration(value);
                case "--only" -> systems = List.of(SystemKind.parse(value));
                default -> throw new IllegalArgumentException("unknown option " + option.getKey());
            }
        }
        return new TelegramBenchmarkOptions(updates, photoShare, seed, warmupUpdates, drainTimeout, systems);
    }

    boolean runs(SystemKind system) {
        return systems.contains(system);
    }
}
