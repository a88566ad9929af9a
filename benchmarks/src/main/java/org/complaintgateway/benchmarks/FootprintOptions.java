package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one footprint benchmark does: each of {@code systems} (baseline first) started as a child JVM with
 * {@code jvmFlags}, left idle for {@code idle} after its health said UP, then sent {@code complaints} complaints by
 * {@code clients} concurrent clients. The gateway runs from {@code gatewayJar} and delivers over HTTP to the same
 * loopback sink as the baseline, or with {@code localDownstream} to files in a directory (the embedded default).
 */
record FootprintOptions(int complaints, int clients, Duration idle, List<String> jvmFlags, Path gatewayJar,
                        boolean localDownstream, Duration startTimeout, Duration drainTimeout,
                        List<SystemKind> systems) {

    static final String USAGE = String.join("\n",
            "java -cp benchmarks/target/benchmarks.jar org.complaintgateway.benchmarks.FootprintBenchmark [options]",
            "  --complaints N        complaints posted to each system once it is up (default 10000)",
            "  --clients N           concurrent clients posting them (default 8)",
            "  --idle D              how long each system sits idle after health UP before its idle RSS is read"
                    + " (default 5s)",
            "  --jvm-flag F          a flag of both child JVMs; repeat for several (default -Xmx512m)",
            "  --gateway-jar PATH    the packaged gateway (default gateway/target/complaint-gateway.jar)",
            "  --downstream KIND     http (the loopback sink, as the baseline) or local (JSON files; default http)",
            "  --start-timeout D     longest wait for health UP (default 60s)",
            "  --drain-timeout D     longest wait for the last delivery (default 120s)",
            "  --only SYSTEM         baseline or gateway (default both, baseline first)",
            "Durations: 500ms, 20s, 2m. Linux only (reads /proc/<pid>/status).");

    FootprintOptions {
        jvmFlags = List.copyOf(jvmFlags);
        systems = List.copyOf(systems);
        if (complaints < 1 || clients < 1 || systems.isEmpty()) {
            throw new IllegalArgumentException("complaints and clients must be at least 1");
        }
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    static FootprintOptions parse(String... args) {
        int complaints = 10_000;
        int clients = 8;
        Duration idle = Duration.ofSeconds(5);
        List<String> jvmFlags = new ArrayList<>();
        Path gatewayJar = Path.of("gateway", "target", "complaint-gateway.jar");
        boolean localDownstream = false;
        Duration startTimeout = Duration.ofSeconds(60);
        Duration drainTimeout = Duration.ofSeconds(120);
        List<SystemKind> systems = List.of(SystemKind.BASELINE, SystemKind.GATEWAY);
        for (Map.Entry<String, String> option : OptionValues.pairs(args)) {
            String value = option.getValue();
            switch (option.getKey()) {
                case "--complaints" -> complaints = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--idle" -> idle = OptionValues.duration(value);
                case "--jvm-flag" -> jvmFlags.add(value);
                case "--gateway-jar" -> gatewayJar = Path.of(value);
                case "--downstream" -> localDownstream = downstreamIsLocal(value);
                case "--start-timeout" -> startTimeout = OptionValues.duration(value);
                case "--drain-timeout" -> drainTimeout = OptionValues.duration(value);
                case "--only" -> systems = List.of(SystemKind.parse(value));
                default -> throw new IllegalArgumentException("unknown option " + option.getKey());
            }
        }
        return new FootprintOptions(complaints, clients, idle, jvmFlags.isEmpty() ? List.of("-Xmx512m") : jvmFlags,
                gatewayJar, localDownstream, startTimeout, drainTimeout, systems);
    }

    private static boolean downstreamIsLocal(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "local" -> true;
            case "http" -> false;
            default -> throw new IllegalArgumentException("--downstream: expected http or local, got '" + value + "'");
        };
    }

    boolean runs(SystemKind system) {
        return systems.contains(system);
    }
}
