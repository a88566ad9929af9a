package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.delivery.DownstreamSigner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downstream answers a Telegram complaint through the reply API, and the bot sends the answer in the customer's
 * chat, as a reply to their message: recorded first (202), then sent by the outbound sweeper; a Bot API 5xx is tried
 * again, a 4xx ends the reply FAILED with Telegram's reason; the same idempotency key twice sends once.
 */
class TelegramRepliesTest {

    private static final String REPLY_TOKEN = "fake-reply-api-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CHAT = TelegramUpdates.CUSTOMER;

    @TempDir
    Path dir;

    @AutoClose
    TelegramChannel channel;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void aReplyIsSentInTheCustomersChatAsAnAnswerToTheirMessage() {
        String complaintId = complaintFromTelegram("My order 4711 arrived broken.");

        HttpResponse<String> accepted = postReply(complaintId, "We are sending a new one today.", "reply-1", REPLY_TOKEN);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode reply = json(accepted);
        assertThat(reply.path("status").asText()).isEqualTo("queued");
        SentMessage sent = await().atMost(TelegramChannel.WITHIN).until(
                () -> channel.api.sentMessages().stream().findFirst().orElse(null), message -> message != null);
        assertThat(sent.chatId()).isEqualTo(Long.toString(CHAT));
        assertThat(sent.text()).isEqualTo("We are sending a new one today.");
        assertThat(sent.replyToMessageId()).hasValue(1);
        JsonNode status = awaitStatus(complaintId, reply.path("id").asText(), "sent");
        assertThat(status.path("providerMessageId").asText()).isEqualTo(Long.toString(sent.messageId()));
    }

    @Test
    void theSameIdempotencyKeyTwiceIsOneReplySentOnce() {
        String complaintId = complaintFromTelegram("Where is my refund?");

        HttpResponse<String> first = postReply(complaintId, "It left our bank today.", "refund-answer", REPLY_TOKEN);
        HttpResponse<String> again = postReply(complaintId, "It left our bank today.", "refund-answer", REPLY_TOKEN);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("id").asText()).isEqualTo(json(first).path("id").asText());
        awaitStatus(complaintId, json(first).path("id").asText(), "sent");
        assertThat(channel.gateway.store().outbound().ofComplaint(complaintId)).hasSize(1);
        assertThat(channel.api.calls("sendMessage")).isEqualTo(1);
    }

    @Test
    void aBotApiServerErrorIsRetriedAndARefusalEndsTheReplyFailedWithTelegramsReason() {
        String complaintId = complaintFromTelegram("The kettle leaks.");
        channel.api.failNext("sendMessage", 1, 500, "Internal Server Error");

        String retried = json(postReply(complaintId, "Please send us a photo.", "photo-please", REPLY_TOKEN)).path("id").asText();

        JsonNode sent = awaitStatus(complaintId, retried, "sent");
        assertThat(sent.path("attempts").asInt()).isEqualTo(2);

        channel.api.failNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user");
        String refused = json(postReply(complaintId, "Are you still there?", "still-there", REPLY_TOKEN)).path("id").asText();

        JsonNode failed = awaitStatus(complaintId, refused, "failed");
        assertThat(failed.path("reason").asText()).contains("bot was blocked by the user");
    }

    @Test
    void aRequestWithoutOrWithAWrongTokenIsRefusedAndAnUnknownComplaintIs404() {
        String complaintId = complaintFromTelegram("Nobody answers the phone.");

        assertThat(postReply(complaintId, "Hello", "k1", null).statusCode()).isEqualTo(401);
        assertThat(postReply(complaintId, "Hello", "k1", "fake-wrong-token").statusCode()).isEqualTo(403);
        assertThat(postReply("01900000-0000-7000-8000-000000000000", "Hello", "k1", REPLY_TOKEN).statusCode())
                .isEqualTo(404);
        assertThat(channel.gateway.store().outbound().ofComplaint(complaintId)).isEmpty();
    }

    @Test
    void theDownstreamIsToldSignedWhenAReplyWasSent() throws Exception {
        WireMockServer crm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        crm.start();
        try {
            crm.stubFor(WireMock.post("/reply-status").willReturn(WireMock.aResponse().withStatus(204)));
            String complaintId = complaintFromTelegram("The lid is cracked.",
                    "  callbackUrl: http://127.0.0.1:" + crm.port() + "/reply-status\n");

            String replyId = json(postReply(complaintId, "A new lid is on its way.", "lid", REPLY_TOKEN)).path("id").asText();

            await().atMost(TelegramChannel.WITHIN).until(() -> !crm.findAll(
                    WireMock.postRequestedFor(WireMock.urlEqualTo("/reply-status"))).isEmpty());
            LoggedRequest callback = crm.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/reply-status"))).get(0);
            JsonNode status = JSON.readTree(callback.getBody());
            assertThat(status.path("id").asText()).isEqualTo(replyId);
            assertThat(status.path("status").asText()).isEqualTo("sent");
            String timestamp = callback.getHeader(DownstreamSigner.TIMESTAMP_HEADER);
            assertThat(callback.getHeader(DownstreamSigner.SIGNATURE_HEADER)).isEqualTo(
                    new DownstreamSigner(GatewayWithDownstream.SIGNING_SECRET).sign(Long.parseLong(timestamp), callback.getBody()));
        } finally {
            crm.stop();
        }
    }

    private String complaintFromTelegram(String text) {
        return complaintFromTelegram(text, "");
    }

    /** A gateway with the reply API on, a customer's Telegram message, and the id of the complaint it became. */
    private String complaintFromTelegram(String text, String moreReplies) {
        try {
            Files.writeString(dir.resolve("reply-api.secret"), REPLY_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        channel = TelegramChannel.start(dir, "", gateway -> gateway.section("""
                replies:
                  auth:
                    bearer: "${file:reply-api.secret}"
                  initialBackoff: 1s
                """ + moreReplies));
        channel.api.enqueue(updates.text(CHAT, CHAT, text));
        return channel.awaitDelivered(1).get(0).path("id").asText();
    }

    private HttpResponse<String> postReply(String complaintId, String text, String key, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(channel.gateway.url("/api/v1/complaints/" + complaintId + "/replies"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("text", text)
                        .put("idempotencyKey", key).toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestGateway.send(request.build());
    }

    private JsonNode awaitStatus(String complaintId, String replyId, String status) {
        return await().atMost(TelegramChannel.WITHIN).until(() -> json(TestGateway.send(HttpRequest.newBuilder(
                        channel.gateway.url("/api/v1/complaints/" + complaintId + "/replies/" + replyId))
                .header("Authorization", "Bearer " + REPLY_TOKEN).GET().build())),
                answer -> status.equals(answer.path("status").asText()));
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
