package org.complaintgateway.it.social;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.LoopbackComplaints;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;

/**
 * A gateway with one channel of each social type Meta and Slack post to ({@code support-whatsapp} on a
 * {@link FakeGraphApi}, {@code support-messenger}, {@code support-instagram}, {@code support-slack} watching
 * {@link #WATCHED_SLACK_CHANNEL}), on their default paths, delivering to a loopback downstream: what the social
 * channels' tests start from. The secrets are files beside the config, as an admin would mount them.
 */
final class SocialChannels implements AutoCloseable {

    static final String WHATSAPP = "support-whatsapp";
    static final String MESSENGER = "support-messenger";
    static final String INSTAGRAM = "support-instagram";
    static final String SLACK = "support-slack";
    static final String APP_SECRET = "fake-meta-app-secret";
    static final String VERIFY_TOKEN = "fake-meta-verify-token";
    static final String SLACK_SIGNING_SECRET = "fake-slack-signing-secret";
    /** The channel of the Slack fixtures whose every message is a complaint. */
    static final String WATCHED_SLACK_CHANNEL = "C0LAN2Q65";
    static final Duration WITHIN = Duration.ofSeconds(15);

    final FakeGraphApi graph;
    private final GatewayWithDownstream running;
    final TestGateway gateway;
    final Ledger ledger;
    final LoopbackComplaints delivered;

    private SocialChannels(FakeGraphApi graph, GatewayWithDownstream running) {
        this.graph = graph;
        this.running = running;
        this.gateway = running.gateway;
        this.ledger = running.ledger;
        this.delivered = running.delivered;
    }

    static SocialChannels start(Path dir) {
        return start(dir, "", UnaryOperator.identity());
    }

    /** {@code whatsappExtraYaml}: more keys of the WhatsApp channel, each line indented by four spaces. */
    static SocialChannels start(Path dir, String whatsappExtraYaml, UnaryOperator<TestGateway.Builder> more) {
        FakeGraphApi graph = FakeGraphApi.start();
        try {
            writeSecret(dir, "meta-app.secret", APP_SECRET);
            writeSecret(dir, "meta-verify.secret", VERIFY_TOKEN);
            writeSecret(dir, "whatsapp-token.secret", FakeGraphApi.ACCESS_TOKEN);
            writeSecret(dir, "slack-signing.secret", SLACK_SIGNING_SECRET);
            return new SocialChannels(graph, GatewayWithDownstream.start(dir, channelsYaml(graph, whatsappExtraYaml), more));
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    private static String channelsYaml(FakeGraphApi graph, String whatsappExtraYaml) {
        String meta = """
                    appSecret: "${file:meta-app.secret}"
                    verifyToken: "${file:meta-verify.secret}"
                """;
        return "  - id: " + WHATSAPP + "\n    type: whatsapp\n" + meta
                + "    accessToken: \"${file:whatsapp-token.secret}\"\n"
                + "    apiUrl: " + graph.apiUrl() + "\n"
                + "    timeout: 5s\n"
                + whatsappExtraYaml
                + "  - id: " + MESSENGER + "\n    type: messenger\n" + meta
                + "  - id: " + INSTAGRAM + "\n    type: instagram\n" + meta
                + "  - id: " + SLACK + "\n    type: slack\n"
                + "    signingSecret: \"${file:slack-signing.secret}\"\n"
                + "    channels: [" + WATCHED_SLACK_CHANNEL + "]\n";
    }

    private static void writeSecret(Path dir, String file, String secret) {
        try {
            Files.writeString(dir.resolve(file), secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The channel's webhook: the default path of a Meta or Slack channel, /{type}/{id}. */
    URI webhook(String channelId) {
        String type = channelId.substring("support-".length());
        return gateway.url("/" + type + "/" + channelId);
    }

    /** POSTs the body to the Meta channel, signed with the app secret. */
    HttpResponse<String> postToMeta(String channelId, byte[] body) {
        return SignedPost.send(SignedPost.meta(webhook(channelId), body, APP_SECRET));
    }

    /** POSTs the body to the Slack channel, signed now; extra headers as name, value pairs. */
    HttpResponse<String> postToSlack(byte[] body, String... headers) {
        HttpRequest.Builder request = SignedPost.slack(webhook(SLACK), body, SLACK_SIGNING_SECRET, Instant.now());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return SignedPost.send(request);
    }

    /** Sends a request and returns its answer with the journal entries it added. */
    Posted post(Supplier<HttpResponse<String>> request) {
        return Posted.by(ledger, request);
    }

    /** The entry once it is terminal: a complaint's is FORWARDED after the downstream took it. */
    JournalEntry awaitTerminal(JournalEntry entry) {
        return ledger.awaitTerminal(entry.id());
    }

    /** The complaint the journal entry became, once delivered (schema-checked). */
    JsonNode awaitComplaintOf(JournalEntry entry) {
        return delivered.awaitComplaint(entry.protocolNumber());
    }

    /** The journal entries of the message with {@code externalKey}, once there are {@code count} of them. */
    List<JournalEntry> awaitEntriesOf(String externalKey, int count) {
        return await().atMost(WITHIN).until(() -> ledger.entries().stream()
                .filter(entry -> Objects.equals(entry.externalKey(), externalKey)).toList(),
                entries -> entries.size() >= count && entries.stream().allMatch(entry -> entry.state().terminal()));
    }

    @Override
    public void close() {
        try {
            running.close();
        } finally {
            graph.close();
        }
    }
}
