package org.complaintgateway.benchmarks;

import java.nio.file.Path;

/**
 * The gateway's drain of a preloaded mailbox: from {@code Gateway.start} until every mail reached the sink (one
 * Idempotency-Key each), or the drain timeout passed; then the ledger's counts. Progress goes to stderr every 10 s.
 */
final class GatewayMailDrain {

    private GatewayMailDrain() {
    }

    static DrainResult drain(BenchMailbox mailbox, Preload preload, MailBenchmarkOptions options, Path workDir)
            throws InterruptedException {
        double loadBefore = LoadAverage.now();
        try (ChannelGateway gateway = MailGateway.start(mailbox, options.drainPoll(), options.perPoll(), workDir)) {
            return gateway.drain(preload, options.drainTimeout(), loadBefore,
                    () -> mailbox.unseen() + " unseen in the inbox");
        }
    }
}
