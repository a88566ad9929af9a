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
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.OutboundMessage;

/**
 * A gateway with one channel of each social type Meta and Slack post to ({@code support-whatsapp},
 * {@code support-messenger}, {@code support-instagram} on a {@link FakeGraphApi}, {@code support-slack} watching
 * {@link #WATCHED_SLACK_CHANNEL} on a {@link FakeSlackApi}), on their default paths, delivering to a loopback
 * downstream: what the social channels' tests start from. Each channel can answer (its sending token, WhatsApp's
 * {@link #REPLY_TEMPLATE}) and the reply API is on, proven as {@link ReplyProof} says. The secrets are files beside
 * the config, as an admin would mount them.
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
    /** The WhatsApp channel's approved template outside the 24-hour window, and its language. */
    static final String REPLY_TEMPLATE = "complaint_answered";
    static final String REPLY_TEMPLATE_LANGUAGE = "en_US";

    final FakeGraphApi graph;
    final FakeSlackApi slack;
    private final GatewayWithDownstream running;
    final TestGateway gateway;
    final Ledger ledger;
    final LoopbackComplaints delivered;
    final ReplyApiClient replies;

    private SocialChannels(FakeGraphApi graph, FakeSlackApi slack, GatewayWithDownstream running, ReplyProof proof) {
        this.graph = graph;
        this.slack = slack;
        this.running = running;
        this.gateway = running.gateway;
        this.ledger = running.ledger;
        this.delivered = running.delivered;
        this.replies = new ReplyApiClient(running.gateway, proof);
    }

    static SocialChannels start(Path dir) {
        return start(dir, "", UnaryOperator.identity());
    }

    /** {@code whatsappExtraYaml}: more keys of the WhatsApp channel, each line indented by four spaces. */
    static SocialChannels start(Path dir, String whatsappExtraYaml, UnaryOperator<TestGateway.Builder> more) {
        return start(dir, ReplyProof.BEARER, whatsappExtraYaml, more);
    }

    /** As above, with the reply API proven by {@code proof}. */
    static SocialChannels start(Path dir, ReplyProof proof, String whatsappExtraYaml,
                                UnaryOperator<TestGateway.Builder> more) {
        FakeGraphApi graph = FakeGraphApi.start();
        FakeSlackApi slack = null;
        try {
            slack = FakeSlackApi.start();
            writeSecret(dir, "meta-app.secret", APP_SECRET);
            writeSecret(dir, "meta-verify.secret", VERIFY_TOKEN);
            writeSecret(dir, "whatsapp-token.secret", FakeGraphApi.ACCESS_TOKEN);
            writeSecret(dir, "messenger-token.secret", FakeGraphApi.MESSENGER_PAGE_TOKEN);
            writeSecret(dir, "instagram-token.secret", FakeGraphApi.INSTAGRAM_PAGE_TOKEN);
            writeSecret(dir, "slack-signing.secret", SLACK_SIGNING_SECRET);
            writeSecret(dir, "slack-bot.secret", FakeSlackApi.BOT_TOKEN);
            writeSecret(dir, proof.secretFile(), proof.secret);
            GatewayWithDownstream running = GatewayWithDownstream.start(dir, channelsYaml(graph, slack, whatsappExtraYaml),
                    builder -> more.apply(builder.section(proof.repliesYaml())));
            return new SocialChannels(graph, slack, running, proof);
        } catch (RuntimeException e) {
            graph.close();
            if (slack != null) {
                slack.close();
            }
            throw e;
        }
    }

    private static String channelsYaml(FakeGraphApi graph, FakeSlackApi slack, String whatsappExtraYaml) {
        String meta = """
                    appSecret: "${file:meta-app.secret}"
                    verifyToken: "${file:meta-verify.secret}"
                """;
        String graphApi = "    apiUrl: " + graph.apiUrl() + "\n    timeout: 5s\n";
        return "  - id: " + WHATSAPP + "\n    type: whatsapp\n" + meta
                + "    accessToken: \"${file:whatsapp-token.secret}\"\n" + graphApi
                + "    replyTemplate: " + REPLY_TEMPLATE + "\n"
                + "    replyTemplateLanguage: " + REPLY_TEMPLATE_LANGUAGE + "\n"
                + whatsappExtraYaml
                + "  - id: " + MESSENGER + "\n    type: messenger\n" + meta
                + "    accessToken: \"${file:messenger-token.secret}\"\n" + graphApi
                + "  - id: " + INSTAGRAM + "\n    type: instagram\n" + meta
                + "    accessToken: \"${file:instagram-token.secret}\"\n" + graphApi
                + "  - id: " + SLACK + "\n    type: slack\n"
                + "    signingSecret: \"${file:slack-signing.secret}\"\n"
                + "    channels: [" + WATCHED_SLACK_CHANNEL + "]\n"
                + "    botToken: \"${file:slack-bot.secret}\"\n"
                + "    apiUrl: " + slack.apiUrl() + "\n"
                + "    timeout: 5s\n";
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

    /** Sends a customer's message and returns the complaint it became, once forwarded (schema-checked). */
    JsonNode complaintFrom(Supplier<HttpResponse<String>> message) {
        Posted posted = post(message);
        if (posted.status() / 100 != 2) {
            throw new AssertionError("the channel answered " + posted.status() + ": " + posted.response().body());
        }
        JournalEntry entry = awaitTerminal(posted.only());
        if (entry.state() != LedgerState.FORWARDED) {
            throw new AssertionError("the message was not forwarded: " + entry);
        }
        return awaitComplaintOf(entry);
    }

    /** The replies recorded for the complaint (not its acknowledgment), oldest first. */
    List<OutboundMessage> repliesTo(String complaintId) {
        return gateway.store().outbound().ofComplaint(complaintId).stream()
                .filter(message -> message.kind() == OutboundKind.REPLY).toList();
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
            try {
                graph.close();
            } finally {
                slack.close();
            }
        }
    }
}
