package org.complaintgateway.it.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The downstream answers a Slack complaint through the reply API, and the answer is posted with {@code chat.postMessage}
 * and the bot token into the thread of the customer's message: a message of its own becomes the thread's parent, a
 * reply in a thread is answered in that thread (Slack: "avoid using a reply's ts value; use its parent instead").
 * The reply is SENT with the ts Slack gave it; a Slack 5xx is tried again, and Slack's refusal (HTTP 200,
 * {@code ok:false}) ends the reply FAILED with Slack's error code.
 */
class SlackRepliesTest extends OnSocialChannels {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"message-im.json", "message-channel-watched.json"})
    void aReplyIsPostedInTheThreadOfTheCustomersMessageWithTheBotToken(String fixture) {
        byte[] message = FreshMessages.slack(fixture);
        JsonNode event = ProviderFixtures.json(message).path("event");
        String complaintId = channels.complaintFrom(() -> channels.postToSlack(message)).path("id").asText();
        String text = "A new kettle leaves our warehouse today (" + fixture + ").";

        HttpResponse<String> accepted = channels.replies.reply(complaintId, text, "answer-" + fixture);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode reply = ReplyApiClient.json(accepted);
        assertThat(reply.path("status").asText()).isEqualTo("queued");
        JsonNode outcome = channels.replies.awaitOutcome(complaintId, reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("sent");
        ApiCall post = channels.slack.awaitMessagesContaining(text, 1).get(0);
        assertThat(post.path()).isEqualTo("/api/chat.postMessage");
        assertThat(post.authorization()).isEqualTo("Bearer " + FakeSlackApi.BOT_TOKEN);
        ObjectNode expected = JSON.createObjectNode().put("channel", event.path("channel").asText()).put("text", text)
                .put("thread_ts", event.path("thread_ts").asText(event.path("ts").asText()));
        assertThat(post.body()).isEqualTo(expected);
        assertThat(post.answer().path("ok").asBoolean()).isTrue();
        assertThat(outcome.path("providerMessageId").asText()).isEqualTo(post.answer().path("ts").asText());
        assertThat(outcome.path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aSlackServerErrorIsTriedAgainAndTheReplySentOnTheSecondAttempt() {
        String complaintId = complaintFromSlack();
        String text = "Sorry for the wait: your refund was sent.";
        channels.slack.answerOnce(text, aResponse().withStatus(503).withBody("upstream connect error"));

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaintId, text, "refund-sent"));

        JsonNode outcome = channels.replies.awaitOutcome(complaintId, reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("sent");
        assertThat(outcome.path("attempts").asInt()).isEqualTo(2);
        assertThat(channels.slack.awaitMessagesContaining(text, 2)).extracting(ApiCall::status).containsExactly(503, 200);
    }

    @Test
    void slacksRefusalEndsTheReplyFailedWithItsErrorCode() {
        String complaintId = complaintFromSlack();
        String text = "Could you send us the order number?";
        channels.slack.answerAlways(text, FakeSlackApi.slackError("not_in_channel"));

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaintId, text, "order-number"));

        JsonNode outcome = channels.replies.awaitOutcome(complaintId, reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("failed");
        assertThat(outcome.path("reason").asText()).isEqualTo("Slack refused: not_in_channel");
        assertThat(outcome.path("attempts").asInt()).isEqualTo(1);
        assertThat(channels.slack.awaitMessagesContaining(text, 1)).hasSize(1);
    }

    private static String complaintFromSlack() {
        byte[] message = FreshMessages.slack("message-im.json");
        return channels.complaintFrom(() -> channels.postToSlack(message)).path("id").asText();
    }
}
