package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real gateway with one {@code email} channel polling a {@link BenchMailbox} over IMAP, delivering to its own
 * {@link DeliverySink}: a fresh sink, gateway and H2 ledger per use. The channel's limits let the 5 MB mails through
 * whole ({@code maxMessageSize} and {@code maxAttachmentsSize} 10MB); everything else is the channel's default.
 */
final class MailGateway implements AutoCloseable {

    static final String CHANNEL_ID = "bench-mail";
    private static final String PASSWORD_VARIABLE = "BENCH_MAIL_PASSWORD";

    private final DeliverySink sink;
    private final GatewayTarget gateway;
    private final long startedAt;
    private final long readyAt;

    private MailGateway(DeliverySink sink, GatewayTarget gateway, long startedAt, long readyAt) {
        this.sink = sink;
        this.gateway = gateway;
        this.startedAt = startedAt;
        this.readyAt = readyAt;
    }

    /** Starts the gateway; it polls at once, then every {@code pollEvery}, up to {@code perPoll} mails a poll. */
    static MailGateway start(BenchMailbox mailbox, Duration pollEvery, int perPoll, Path workDir) {
        DeliverySink sink = DeliverySink.start();
        try {
            long startedAt = System.nanoTime();
            GatewayTarget gateway = GatewayTarget.start(sink.url(), workDir, null,
                    channelYaml(mailbox, pollEvery, perPoll), Map.of(PASSWORD_VARIABLE, BenchMailbox.PASSWORD));
            return new MailGateway(sink, gateway, startedAt, System.nanoTime());
        } catch (RuntimeException e) {
            sink.close();
            throw e;
        }
    }

    private static String channelYaml(BenchMailbox mailbox, Duration pollEvery, int perPoll) {
        return "  - id: " + CHANNEL_ID + "\n"
                + "    type: email\n"
                + "    protocol: imap\n"
                + "    host: 127.0.0.1\n"
                + "    port: " + mailbox.imapPort() + "\n"
                + "    user: " + BenchMailbox.LOGIN + "\n"
                + "    password: \"${env:" + PASSWORD_VARIABLE + "}\"\n"
                + "    ownAddresses: [" + BenchMailbox.ADDRESS + "]\n"
                + "    pollEvery: " + pollEvery.toMillis() + "ms\n"
                + "    maxMessagesPerPoll: " + perPoll + "\n"
                + "    maxMessageSize: 10MB\n"
                + "    maxAttachmentsSize: 10MB\n";
    }

    DeliverySink sink() {
        return sink;
    }

    GatewayTarget gateway() {
        return gateway;
    }

    /** {@link System#nanoTime} just before {@code Gateway.start} was called. */
    long startedAt() {
        return startedAt;
    }

    double startupSeconds() {
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
