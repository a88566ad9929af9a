package org.complaintgateway.it.email;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.LoopbackComplaints;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.it.support.SecretFile;
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

    private static final String SIGNING_SECRET = "fake-signing-secret-for-tests";

    final MailServer mail;
    final WireMockServer downstream;
    final TestGateway gateway;
    final LoopbackComplaints delivered;
    final Ledger ledger;

    private MailChannel(MailServer mail, WireMockServer downstream, TestGateway gateway) {
        this.mail = mail;
        this.downstream = downstream;
        this.gateway = gateway;
        this.delivered = new LoopbackComplaints(downstream);
        this.ledger = new Ledger(gateway);
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
        WireMockServer downstream = LoopbackDownstream.startAccepting();
        try {
            MailServer.writePasswordFile(dir);
            TestGateway.Builder builder = TestGateway.builder(dir)
                    .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET, "")
                    .channel(mail.channelYaml(CHANNEL_ID, protocol, pollEveryUnlessGiven(extraYaml) + extraYaml));
            TestGateway gateway = more.apply(builder).build();
            // the command line reads the real environment: give it the signing secret as a file too
            SecretFile.replaceEnvReference(gateway.configFile(), "TEST_SIGNING_SECRET", SIGNING_SECRET);
            return new MailChannel(mail, downstream, gateway.start());
        } catch (RuntimeException e) {
            downstream.stop();
            mail.close();
            throw e;
        }
    }

    private static String pollEveryUnlessGiven(String extraYaml) {
        return extraYaml.contains("pollEvery:") ? "" : "    pollEvery: 1s\n";
    }

    /** Waits until {@code count} complaints reached the sink and returns them, each checked against the schema. */
    List<JsonNode> awaitDelivered(int count) {
        await().atMost(WITHIN).until(() -> delivered.count() >= count);
        return delivered.all();
    }

    void awaitLedger(LedgerState state, long count) {
        await().atMost(WITHIN).until(() -> ledger.count(state) == count);
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            downstream.stop();
            mail.close();
        }
    }
}
