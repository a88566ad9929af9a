package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway with one {@code email} channel polling a {@link BenchMailbox} over IMAP. The channel's limits let the
 * 5 MB mails through whole ({@code maxMessageSize} and {@code maxAttachmentsSize} 10MB); everything else is the
 * channel's default.
 */
final class MailGateway {

    private static final String CHANNEL_ID = "bench-mail";
    private static final String PASSWORD_VARIABLE = "BENCH_MAIL_PASSWORD";

    private MailGateway() {
    }

    /** Starts the gateway; it polls at once, then every {@code pollEvery}, up to {@code perPoll} mails a poll. */
    static ChannelGateway start(BenchMailbox mailbox, Duration pollEvery, int perPoll, Path workDir) {
        return ChannelGateway.start(channelYaml(mailbox, pollEvery, perPoll),
                Map.of(PASSWORD_VARIABLE, BenchMailbox.PASSWORD), workDir);
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
}
