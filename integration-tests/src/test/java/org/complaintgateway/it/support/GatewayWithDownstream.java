package org.complaintgateway.it.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintgateway.routes.store.LedgerState;

/**
 * An in-process gateway with one channel under test, delivering signed over HTTP to a loopback downstream (WireMock):
 * what a channel's tests start from, whatever the source (a mail server, a fake Bot API) is.
 */
public final class GatewayWithDownstream implements AutoCloseable {

    public static final String SIGNING_SECRET = "fake-signing-secret-for-tests";

    public final WireMockServer downstream;
    public final TestGateway gateway;
    public final LoopbackComplaints delivered;
    public final Ledger ledger;

    private GatewayWithDownstream(WireMockServer downstream, TestGateway gateway) {
        this.downstream = downstream;
        this.gateway = gateway;
        this.delivered = new LoopbackComplaints(downstream);
        this.ledger = new Ledger(gateway);
    }

    /** {@code channelYaml}: one item of {@code channels}; {@code more} adds to the config (a store, sections). */
    public static GatewayWithDownstream start(Path dir, String channelYaml, UnaryOperator<TestGateway.Builder> more) {
        WireMockServer downstream = LoopbackDownstream.startAccepting();
        try {
            TestGateway.Builder builder = TestGateway.builder(dir)
                    .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET, "")
                    .channel(channelYaml);
            TestGateway gateway = more.apply(builder).build();
            // the command line reads the real environment: give it the signing secret as a file too
            SecretFile.replaceEnvReference(gateway.configFile(), "TEST_SIGNING_SECRET", SIGNING_SECRET);
            return new GatewayWithDownstream(downstream, gateway.start());
        } catch (RuntimeException e) {
            downstream.stop();
            throw e;
        }
    }

    /** Waits until {@code count} complaints reached the sink and returns them, each checked against the schema. */
    public List<JsonNode> awaitDelivered(int count, Duration within) {
        await().atMost(within).until(() -> delivered.count() >= count);
        return delivered.all();
    }

    public void awaitLedger(LedgerState state, long count, Duration within) {
        await().atMost(within).until(() -> ledger.count(state) == count);
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            downstream.stop();
        }
    }
}
