package org.complaintgateway.it.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.LoopbackComplaints;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.LedgerState;

/**
 * A gateway polling one {@link MailServer} mailbox every second as channel {@code support-mail}, delivering over
 * HTTP to a loopback downstream (WireMock): what the e-mail channel's tests start from.
 */
final class MailChannel implements AutoCloseable {

    static final String CHANNEL_ID = "support-mail";
    /** Two polls of one second, and the time to journal and deliver. */
    static final Duration WITHIN = Duration.ofSeconds(15);

    final MailServer mail;
    private final GatewayWithDownstream running;
    final WireMockServer downstream;
    final TestGateway gateway;
    final LoopbackComplaints delivered;
    final Ledger ledger;

    private MailChannel(MailServer mail, GatewayWithDownstream running) {
        this.mail = mail;
        this.running = running;
        this.downstream = running.downstream;
        this.gateway = running.gateway;
        this.delivered = running.delivered;
        this.ledger = running.ledger;
    }

    /** {@code extraYaml}: more keys of the channel, each line indented by four spaces. */
    static MailChannel start(Path dir, String protocol, String extraYaml) {
        return start(dir, protocol, extraYaml, UnaryOperator.identity());
    }

    static MailChannel start(Path dir, String protocol, String extraYaml, UnaryOperator<TestGateway.Builder> more) {
        return start(dir, MailServer.start(), protocol, extraYaml, more);
    }

    /** With a mail server started (and filled) by the test; closed with the channel, or here if the start fails. */
    static MailChannel start(Path dir, MailServer mail, String protocol, String extraYaml,
                             UnaryOperator<TestGateway.Builder> more) {
        try {
            MailServer.writePasswordFile(dir);
            return new MailChannel(mail, GatewayWithDownstream.start(dir,
                    mail.channelYaml(CHANNEL_ID, protocol, pollEveryUnlessGiven(extraYaml) + extraYaml), more));
        } catch (RuntimeException e) {
            mail.close();
            throw e;
        }
    }

    private static String pollEveryUnlessGiven(String extraYaml) {
        return extraYaml.contains("pollEvery:") ? "" : "    pollEvery: 1s\n";
    }

    /** Waits until {@code count} complaints reached the sink and returns them, each checked against the schema. */
    List<JsonNode> awaitDelivered(int count) {
        return running.awaitDelivered(count, WITHIN);
    }

    void awaitLedger(LedgerState state, long count) {
        running.awaitLedger(state, count, WITHIN);
    }

    @Override
    public void close() {
        try {
            running.close();
        } finally {
            mail.close();
        }
    }
}
