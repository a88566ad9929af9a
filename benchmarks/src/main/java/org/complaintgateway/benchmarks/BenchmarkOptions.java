package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark invocation does: per system and round, {@code warmup} then a measured
 * {@code duration} of load from {@code clients}, then up to {@code drain} for the last deliveries.
 * {@code rate} 0 is a closed loop (each client sends its next complaint when the last is answered);
 * above 0 the clients together send {@code rate} complaints/s on a fixed schedule (open loop, as far
 * as the clients can keep up). {@code deliveryConcurrency} null keeps the gateway's own default.
 */
record BenchmarkOptions(Duration warmup, Duration duration, int clients, int rate, List<SystemKind> systems,
                        int rounds, Duration drain, Integer deliveryConcurrency, long maxRequests) {

    static final String USAGE = String.join("\n",
            "java -jar benchmarks/target/benchmarks.jar [options]",
            "  --duration D              measured window per run (default 20s)",
            "  --warmup D                load before the window, not measured (default 30s)",
            "  --clients N               concurrent clients (default 32)",
            "  --rate N                  complaints/s from all clients together, on a fixed schedule (default 0:",
            "                            closed loop, as fast as answers come)",
            "  --only gateway|baseline   measure one system only (default both, baseline first)",
            "  --rounds N                alternations of baseline and gateway (default 2)",
            "  --drain D                 longest wait for deliveries after the load stops (default 120s)",
            "  --delivery-concurrency N  the gateway's downstream.concurrency (default: the gateway's default)",
            "  --max-requests N          bound on requests per run (default 5000000)",
            "Durations: 500ms, 20s, 2m.");

    BenchmarkOptions {
        systems = List.copyOf(systems);
        if (clients < 1 || rounds < 1 || maxRequests < 1 || rate < 0 || systems.isEmpty()) {
            throw new IllegalArgumentException("clients, rounds and max-requests must be at least 1, rate at least 0");
        }
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    static BenchmarkOptions parse(String... args) {
        Duration warmup = Duration.ofSeconds(30);
        Duration duration = Duration.ofSeconds(20);
        int clients = 32;
        int rate = 0;
        List<SystemKind> systems = List.of(SystemKind.BASELINE, SystemKind.GATEWAY);
        int rounds = 2;
        Duration drain = Duration.ofSeconds(120);
        Integer deliveryConcurrency = null;
        long maxRequests = 5_000_000;
        for (Map.Entry<String, String> option : OptionValues.pairs(args)) {
            String value = option.getValue();
            switch (option.getKey()) {
                case "--duration" -> duration = OptionValues.duration(value);
                case "--warmup" -> warmup = OptionValues.duration(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--only" -> systems = List.of(SystemKind.parse(value));
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--drain" -> drain = OptionValues.duration(value);
                case "--delivery-concurrency" -> deliveryConcurrency = Integer.parseInt(value);
                case "--max-requests" -> maxRequests = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option.getKey());
            }
        }
        return new BenchmarkOptions(warmup, duration, clients, rate, systems, rounds, drain, deliveryConcurrency,
                maxRequests);
    }

    /** The run order: baseline and gateway alternately, {@code rounds} times. */
    List<SystemKind> runOrder() {
        List<SystemKind> order = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            order.addAll(systems);
        }
        return order;
    }
}
