package org.complaintgateway.it.telegram;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * A gateway with one {@code telegram} channel, {@code bot}, on a {@link FakeTelegramBotApi}, delivering over HTTP to
 * a loopback downstream (WireMock): what the Telegram channel's tests start from. Polls with a one-second long poll.
 */
final class TelegramChannel implements AutoCloseable {

    static final String CHANNEL_ID = "bot";
    static final Duration WITHIN = Duration.ofSeconds(15);
    static final String TOKEN_FILE = "bot-token.secret";
    static final String WEBHOOK_SECRET = "fake_webhook-secret";
    static final String WEBHOOK_SECRET_FILE = "webhook.secret";

    private static final String SIGNING_SECRET = "fake-signing-secret-for-tests";

    final FakeTelegramBotApi api;
    final WireMockServer downstream;
    final TestGateway gateway;
    final LoopbackComplaints delivered;
    final Ledger ledger;

    private TelegramChannel(FakeTelegramBotApi api, WireMockServer downstream, TestGateway gateway) {
        this.api = api;
        this.downstream = downstream;
        this.gateway = gateway;
        this.delivered = new LoopbackComplaints(downstream);
        this.ledger = new Ledger(gateway);
    }

    /** {@code extraYaml}: more keys of the channel, each line indented by four spaces. */
    static TelegramChannel start(Path dir, String extraYaml) {
        return start(dir, extraYaml, UnaryOperator.identity());
    }

    static TelegramChannel start(Path dir, String extraYaml, UnaryOperator<TestGateway.Builder> more) {
        FakeTelegramBotApi api = FakeTelegramBotApi.start();
        WireMockServer downstream = LoopbackDownstream.startAccepting();
        try {
            writeSecrets(dir);
            TestGateway.Builder builder = TestGateway.builder(dir)
                    .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET, "")
                    .channel(channelYaml(api, extraYaml));
            TestGateway gateway = more.apply(builder).build();
            SecretFile.replaceEnvReference(gateway.configFile(), "TEST_SIGNING_SECRET", SIGNING_SECRET);
            return new TelegramChannel(api, downstream, gateway.start());
        } catch (RuntimeException e) {
            downstream.stop();
            api.close();
            throw e;
        }
    }

    static String channelYaml(FakeTelegramBotApi api, String extraYaml) {
        return "  - id: " + CHANNEL_ID + "\n"
                + "    type: telegram\n"
                + "    token: \"${file:" + TOKEN_FILE + "}\"\n"
                + "    apiUrl: " + api.apiUrl() + "\n"
                + (extraYaml.contains("mode: webhook") ? "" : "    pollTimeout: 1s\n")
                + "    timeout: 5s\n"
                + extraYaml;
    }

    static void writeSecrets(Path dir) {
        try {
            Files.writeString(dir.resolve(TOKEN_FILE), FakeTelegramBotApi.TOKEN);
            Files.writeString(dir.resolve(WEBHOOK_SECRET_FILE), WEBHOOK_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            api.close();
        }
    }
}
