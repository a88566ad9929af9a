package org.complaintgateway.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A running system under load: it takes complaints at {@link #apiUrl} and delivers them to the sink. */
sealed interface Target extends AutoCloseable permits BaselineForwarder, GatewayTarget {

    URI apiUrl();

    /**
     * The ledger once it shows {@code expectedForwarded} messages FORWARDED (or {@code timeout} passed);
     * empty for a system without one.
     */
    Optional<LedgerCounts> ledger(long expectedForwarded, Duration timeout);

    @Override
    void close();

    static Target start(SystemKind kind, URI sinkUrl, Path workDir, BenchmarkOptions options) {
        return kind == SystemKind.GATEWAY
                ? GatewayTarget.start(sinkUrl, workDir, options.deliveryConcurrency())
                : BaselineForwarder.start(sinkUrl, options.clients());
    }
}
