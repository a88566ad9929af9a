package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one mail drain benchmark does: a corpus of {@code messages} mails ({@code largeShare} of them 1–5 MB with
 * attachments) drained by the baseline and by the gateway polling every {@code drainPoll}, then {@code latencySamples}
 * single mails against a gateway polling every {@code latencyPoll}. {@code warmupMessages} small mails are drained by
 * both first, unmeasured, so that neither runs on code the JIT has not compiled yet.
 */
record MailBenchmarkOptions(int messages, double largeShare, long seed, int warmupMessages, Duration drainPoll,
                            int perPoll, Duration drainTimeout, int latencySamples, Duration latencyPoll,
                            Set<Part> parts) {

    /** The parts of a run, in the order they run. */
    enum Part {
        BASELINE, GATEWAY, LATENCY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Part parse(String text) {
            for (Part part : values()) {
                if (part.label().equals(text)) {
                    return part;
                }
            }
            throw new IllegalArgumentException("expected baseline, gateway or latency, got '" + text + "'");
        }
    }

    static final String USAGE = String.join("\n",
            "java -cp benchmarks/target/benchmarks.jar org.complaintgateway.benchmarks.MailDrainBenchmark [options]",
            "  --messages N          mails in the mailbox (default 10000)",
            "  --large-share F       share of 1-5 MB mails with attachments, 0 to 1 or a percentage (default 0.05);",
            "                        25% are ~50 KB HTML, the rest ~4 KB plain text",
            "  --seed N              the corpus's random seed (default 42)",
            "  --warmup-messages N   small mails drained by both systems first, not measured (default 1000)",
            "  --drain-poll D        the gateway's pollEvery while draining (default 1s)",
            "  --per-poll N          the gateway's maxMessagesPerPoll (default 1000)",
            "  --drain-timeout D     longest wait for the gateway's drain (default 10m)",
            "  --latency-samples N   single mails timed from the inbox to the sink (default 50)",
            "  --latency-poll D      the gateway's pollEvery for them (default 5s)",
            "  --only P[,P]          baseline, gateway and/or latency (default all three)",
            "Durations: 500ms, 20s, 2m.");

    MailBenchmarkOptions {
        parts = Set.copyOf(parts);
        if (messages < 1 || warmupMessages < 0 || latencySamples < 0 || perPoll < 1 || perPoll > 10_000
                || largeShare < 0 || largeShare > 1 || parts.isEmpty()) {
            throw new IllegalArgumentException("messages must be at least 1, per-poll 1 to 10000, large-share 0 to 1,"
                    + " warmup-messages and latency-samples at least 0");
        }
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    static MailBenchmarkOptions parse(String... args) {
        int messages = 10_000;
        double largeShare = 0.05;
        long seed = 42;
        int warmupMessages = 1000;
        Duration drainPoll = Duration.ofSeconds(1);
        int perPoll = 1000;
        Duration drainTimeout = Duration.ofMinutes(10);
        int latencySamples = 50;
        Duration latencyPoll = Duration.ofSeconds(5);
        Set<Part> parts = EnumSet.allOf(Part.class);
        for (Map.Entry<String, String> option : OptionValues.pairs(args)) {
            String value = option.getValue();
            switch (option.getKey()) {
                case "--messages" -> messages = Integer.parseInt(value);
                case "--large-share" -> largeShare = OptionValues.share(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--warmup-messages" -> warmupMessages = Integer.parseInt(value);
                case "--drain-poll" -> drainPoll = OptionValues.duration(value);
                case "--per-poll" -> perPoll = Integer.parseInt(value);
                case "--drain-timeout" -> drainTimeout = OptionValues.duration(value);
                case "--latency-samples" -> latencySamples = Integer.parseInt(value);
                case "--latency-poll" -> latencyPoll = OptionValues.duration(value);
                case "--only" -> parts = parts(value);
                default -> throw new IllegalArgumentException("unknown option " + option.getKey());
            }
        }
        return new MailBenchmarkOptions(messages, largeShare, seed, warmupMessages, drainPoll, perPoll, drainTimeout,
                latencySamples, latencyPoll, parts);
    }

    boolean runs(Part part) {
        return parts.contains(part);
    }

    private static Set<Part> parts(String text) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String name : text.split(",")) {
            parts.add(Part.parse(name.trim()));
        }
        return parts;
    }
}
