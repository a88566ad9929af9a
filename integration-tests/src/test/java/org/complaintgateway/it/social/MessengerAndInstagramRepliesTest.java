package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The downstream answers a Messenger or Instagram complaint through the reply API, and the Send API's
 * {@code POST /me/messages} sends it with the channel's Page access token to the customer's page-scoped id as a
 * {@code RESPONSE} (inside the 24-hour window the customer's message opened). After the window the reply FAILS without
 * a call (only message tags may go there, which Meta reserves for other purposes); a refusal ends it FAILED with
 * Graph's message and code.
 */
class MessengerAndInstagramRepliesTest extends OnSocialChannels {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messenger", "instagram"})
    void aReplyIsAResponseToTheCustomersPageScopedIdWithTheChannelsPageToken(String platform) {
        byte[] message = FreshMessages.messaging(platform, Instant.now());
        String complaintId = complaintFrom(platform, message);
        String text = "We are sorry: a new one is on its way (" + platform + ").";

        HttpResponse<String> accepted = channels.replies.reply(complaintId, text, "answer-" + platform);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode outcome = channels.replies.awaitOutcome(complaintId, ReplyApiClient.json(accepted).path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("sent");
        ApiCall sent = channels.graph.awaitMessagesContaining(text, 1).get(0);
        assertThat(sent.path()).isEqualTo("/" + FakeGraphApi.VERSION + "/me/messages");
        assertThat(sent.authorization()).isEqualTo("Bearer " + (platform.equals("messenger")
                ? FakeGraphApi.MESSENGER_PAGE_TOKEN : FakeGraphApi.INSTAGRAM_PAGE_TOKEN));
        ObjectNode expected = JSON.createObjectNode();
        expected.putObject("recipient").put("id", senderOf(message));
        expected.put("messaging_type", "RESPONSE");
        expected.putObject("message").put("text", text);
        assertThat(sent.body()).isEqualTo(expected);
        assertThat(outcome.path("providerMessageId").asText()).isEqualTo(sent.answer().path("message_id").asText())
                .isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messenger", "instagram"})
    void afterTheWindowClosedAReplyFailsWithoutACall(String platform) {
        Instant sentAt = Instant.now().minus(Duration.ofHours(25));
        String complaintId = complaintFrom(platform, FreshMessages.messaging(platform, sentAt));
        String text = "Are you still waiting for the jacket? (" + platform + ")";

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaintId, text, "late-" + platform));

        JsonNode outcome = channels.replies.awaitOutcome(complaintId, reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("failed");
        // the window's end as the gateway keeps it: the message's epoch milliseconds plus 24 hours
        assertThat(outcome.path("reason").asText()).isEqualTo("the 24-hour window closed at "
                + Instant.ofEpochMilli(sentAt.toEpochMilli()).plus(Duration.ofHours(24)));
        assertThat(channels.graph.messagesContaining(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            messenger, Messenger
            instagram, Instagram
            """)
    void aRefusalEndsTheReplyFailedWithGraphsMessageAndCode(String platform, String name) {
        String complaintId = complaintFrom(platform, FreshMessages.messaging(platform, Instant.now()));
        String text = "Please send us a photo of the label (" + platform + ").";
        channels.graph.answerAlways(text, FakeGraphApi.graphError(400, 551, "This person isn't available right now."));

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaintId, text, "label-" + platform));

        JsonNode outcome = channels.replies.awaitOutcome(complaintId, reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("failed");
        assertThat(outcome.path("reason").asText())
                .isEqualTo(name + " refused (400): This person isn't available right now. (code 551)");
        assertThat(channels.graph.awaitMessagesContaining(text, 1)).hasSize(1);
    }

    private static String complaintFrom(String platform, byte[] message) {
        return channels.complaintFrom(() -> channels.postToMeta("support-" + platform, message)).path("id").asText();
    }

    private static String senderOf(byte[] message) {
        return ProviderFixtures.json(message).at("/entry/0/messaging/0/sender/id").asText();
    }
}
