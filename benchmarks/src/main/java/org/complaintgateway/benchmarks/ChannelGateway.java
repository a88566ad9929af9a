package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The real gateway with the channels of one benchmark, delivering to a {@link DeliverySink} of its own: a fresh sink,
 * gateway and H2 ledger per use, and its drain of a backlog, timed from the call to {@code Gateway.start}. The sink
 * fetches every file a complaint carries by link before it counts the complaint delivered, as a CRM that keeps the
 * files would.
 */
final class ChannelGateway implements AutoCloseable {

    /** The sink sees a delivery just before the gateway commits it FORWARDED. */
    private static final Duration LEDGER_WAIT = Duration.ofSeconds(30);

    private final DeliverySink sink;
    private final GatewayTarget gateway;
    private final long startedAt;
    private final long readyAt;

    private ChannelGateway(DeliverySink sink, GatewayTarget gateway, long startedAt, long readyAt) {
        this.sink = sink;
        this.gateway = gateway;
        this.startedAt = startedAt;
        this.readyAt = readyAt;
    }

    /**
     * @param channelsYaml the items under {@code channels:}, each starting {@code "  - id: "}
     * @param secrets      environment variables the channels' {@code ${env:NAME}} references read
     */
    static ChannelGateway start(String channelsYaml, Map<String, String> secrets, Path workDir) {
        DeliverySink sink = DeliverySink.fetchingLinkedFiles();
        try {
            long startedAt = System.nanoTime();
            GatewayTarget gateway = GatewayTarget.start(sink.url(), workDir, null, channelsYaml, secrets);
            return new ChannelGateway(sink, gateway, startedAt, System.nanoTime());
        } catch (RuntimeException e) {
            sink.close();
            throw e;
        }
    }

    /**
     * The gateway's drain of {@code backlog}, which waits upstream: from {@code Gateway.start} until every message
     * reached the sink (one Idempotency-Key each) or {@code timeout} passed, then the ledger's counts.
     *
     * @param loadBefore the load average before the gateway was started
     * @param upstream   what is still waiting upstream, for the progress lines, e.g. "120 unseen in the inbox"
     */
    DrainResult drain(Preload backlog, Duration timeout, double loadBefore, Supplier<String> upstream)
            throws InterruptedException {
        SinkDrain.Outcome drained = SinkDrain.await(sink, backlog.messages(), startedAt, timeout, upstream);
        sink.linkedFiles().ifPresent(files -> System.err.println("sink: " + files.describe()));
        Optional<LedgerCounts> ledger = gateway.ledger(backlog.messages(),
                drained.complete() ? LEDGER_WAIT : Duration.ZERO);
        return new DrainResult("gateway", backlog.messages(), backlog.bytes(), sink.arrivals().size(),
                drained.seconds(), startupSeconds(), ledger, gateway.ledgerStates(), loadBefore, LoadAverage.now());
    }

    DeliverySink sink() {
        return sink;
    }

    GatewayTarget gateway() {
        return gateway;
    }

    private double startupSeconds() {
        return (readyAt - startedAt) / 1e9;
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            sink.close();
        }
    }
}
