package org.complaintgateway.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.locks.LockSupport;
import org.complaintgateway.config.ConfigException;
import org.complaintgateway.config.ConfigLoader;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.gateway.Gateway;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;

/**
 * The real gateway in this JVM, started from a YAML file like an admin would write: a fresh H2 ledger
 * in {@code workDir}, an HTTP downstream (signed) pointing at the sink, and its channels: by default the
 * web form channel with rate limits too high to trigger.
 */
final class GatewayTarget implements Target {


    private final Gateway gateway;
    private final int port;

    private GatewayTarget(Gateway gateway, int port) {
        this.gateway = gateway;
        this.port = port;
    }

    static GatewayTarget start(URI sinkUrl, Path workDir, Integer deliveryConcurrency) {
        return start(sinkUrl, workDir, deliveryConcurrency, BenchmarkConfig.WEB_FORM_CHANNEL, Map.of());
    }

    /**
     * @param channelsYaml the items under {@code channels:}, each starting {@code "  - id: "}
     * @param secrets      environment variables the channels' {@code ${env:NAME}} references read
     */
    static GatewayTarget start(URI sinkUrl, Path workDir, Integer deliveryConcurrency, String channelsYaml,
                               Map<String, String> secrets) {
        int port = FreePort.find();
        Path file = writeConfig(workDir, sinkUrl, port, FreePort.find(), deliveryConcurrency, channelsYaml);
        Map<String, String> env = new HashMap<>(secrets);
        env.put(BenchmarkConfig.SECRET_VARIABLE, BenchmarkConfig.SIGNING_SECRET);
        GatewayConfig config;
        try {
            config = new ConfigLoader(env::get).load(file);
        } catch (ConfigException e) {
            throw new IllegalStateException("benchmark config is invalid:\n" + e.getMessage(), e);
        }
        return new GatewayTarget(Gateway.start(config), port);
    }

    private static Path writeConfig(Path dir, URI sinkUrl, int port, int managementPort, Integer deliveryConcurrency,
                                    String channelsYaml) {
        String downstream = BenchmarkConfig.httpDownstream(sinkUrl)
                + (deliveryConcurrency == null ? "" : "  concurrency: " + deliveryConcurrency + "\n");
        return BenchmarkConfig.write(dir, port, managementPort, downstream, channelsYaml);
    }

    @Override
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/complaints");
    }

    /** The sink sees a delivery just before the gateway commits it as FORWARDED: allow that moment. */
    @Override
    public Optional<LedgerCounts> ledger(long expectedForwarded, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        LedgerCounts counts = count();
        while (counts.forwarded() < expectedForwarded && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            counts = count();
        }
        return Optional.of(counts);
    }

    /** Every state with its count, e.g. {@code FORWARDED=198, QUARANTINED=2}: what to show when counts disagree. */
    String ledgerStates() {
        return gateway.store().report(Instant.now()).counts().stream()
                .collect(Collectors.groupingBy(LedgerReport.Count::state, Collectors.summingLong(LedgerReport.Count::count)))
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private LedgerCounts count() {
        LedgerReport report = gateway.store().report(Instant.now());
        long forwarded = report.counts().stream()
                .filter(c -> c.state() == LedgerState.FORWARDED)
                .mapToLong(LedgerReport.Count::count)
                .sum();
        return new LedgerCounts(forwarded, report.total());
    }

    @Override
    public void close() {
        gateway.close();
    }
}
