package org.complaintgateway.benchmarks;

import java.util.Map;

/**
 * What one run of {@link LedgerLoop} does: {@code rounds} rounds of {@code perRound} complaints, shared out among
 * {@code threads} threads, each complaint a {@code messageBytes} message turned into a {@code complaintBytes}
 * complaint.
 */
record LedgerLoopOptions(int threads, int rounds, int perRound, int messageBytes, int complaintBytes) {

    static final String USAGE = String.join("\n",
            "java -cp benchmarks/target/benchmarks.jar org.complaintgateway.benchmarks.LedgerLoop [options]",
            "  --threads N           threads appending and marking delivered, each one complaint at a time (default 32)",
            "  --rounds N            rounds; a line of figures after each (default 20)",
            "  --per-round N         complaints per round (default 10000)",
            "  --message-bytes N     size of each journaled message (default 600)",
            "  --complaint-bytes N   size of each complaint JSON (default 1500)");

    LedgerLoopOptions {
        if (threads < 1 || rounds < 1 || perRound < 1 || messageBytes < 1 || complaintBytes < 1) {
            throw new IllegalArgumentException("every option must be at least 1");
        }
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    static LedgerLoopOptions parse(String... args) {
        int threads = 32;
        int rounds = 20;
        int perRound = 10_000;
        int messageBytes = 600;
        int complaintBytes = 1500;
        for (Map.Entry<String, String> option : OptionValues.pairs(args)) {
            int value = Integer.parseInt(option.getValue());
            switch (option.getKey()) {
                case "--threads" -> threads = value;
                case "--rounds" -> rounds = value;
                case "--per-round" -> perRound = value;
                case "--message-bytes" -> messageBytes = value;
                case "--complaint-bytes" -> complaintBytes = value;
                default -> throw new IllegalArgumentException("unknown option " + option.getKey());
            }
        }
        return new LedgerLoopOptions(threads, rounds, perRound, messageBytes, complaintBytes);
    }
}
