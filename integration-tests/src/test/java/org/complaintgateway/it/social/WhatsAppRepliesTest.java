package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The downstream answers a WhatsApp complaint through the reply API, and the Cloud API's
 * {@code POST /{phone-number-id}/messages} sends it from the number the customer wrote to: inside the 24-hour customer
 * service window as a text message to their wa_id; after it (free text is refused there) as the channel's approved
 * template with the protocol number as its body parameter. A transient Graph error is tried again; a refusal ends the
 * reply FAILED with Graph's message and code; the same idempotency key twice sends one message.
 */
class WhatsAppRepliesTest extends OnSocialChannels {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The business number the fixture's customer wrote to. */
    private static final String PHONE_NUMBER_ID = ProviderFixtures.json("meta/whatsapp/message-text.json")
            .at("/entry/0/changes/0/value/metadata/phone_number_id").asText();

    @Test
    void insideTheWindowAReplyIsATextMessageToTheCustomersWaIdFromTheNumberTheyWroteTo() {
        Complaint complaint = complaintFromWhatsApp(Instant.now());
        String text = "Your new kettle is on its way.";

        HttpResponse<String> accepted = channels.replies.reply(complaint.id(), text, "kettle-sent");

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode outcome = channels.replies.awaitOutcome(complaint.id(), ReplyApiClient.json(accepted).path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("sent");
        ApiCall sent = channels.graph.awaitMessagesContaining(text, 1).get(0);
        assertThat(sent.path()).isEqualTo("/" + FakeGraphApi.VERSION + "/" + PHONE_NUMBER_ID + "/messages");
        assertThat(sent.authorization()).isEqualTo("Bearer " + FakeGraphApi.ACCESS_TOKEN);
        ObjectNode expected = envelope(complaint, "text");
        expected.putObject("text").put("body", text).put("preview_url", false);
        assertThat(sent.body()).isEqualTo(expected);
        assertThat(outcome.path("providerMessageId").asText()).isEqualTo(sent.answer().at("/messages/0/id").asText())
                .startsWith("wamid.");
    }

    @Test
    void afterTheWindowClosedTheReplyIsTheTemplateWithTheProtocolNumber() {
        Complaint complaint = complaintFromWhatsApp(Instant.now().minus(Duration.ofHours(25)));
        String text = "We refunded the kettle yesterday.";

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaint.id(), text, "refunded"));

        JsonNode outcome = channels.replies.awaitOutcome(complaint.id(), reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("sent");
        ApiCall sent = await().atMost(SocialChannels.WITHIN)
                .until(() -> replyTemplatesTo(complaint.waId()), calls -> !calls.isEmpty()).get(0);
        ObjectNode expected = envelope(complaint, "template");
        ObjectNode template = expected.putObject("template").put("name", SocialChannels.REPLY_TEMPLATE);
        template.putObject("language").put("code", SocialChannels.REPLY_TEMPLATE_LANGUAGE);
        template.putArray("components").addObject().put("type", "body").putArray("parameters").addObject()
                .put("type", "text").put("text", complaint.protocolNumber());
        assertThat(sent.body()).isEqualTo(expected);
        assertThat(sent.answer().at("/messages/0/message_status").asText()).isEqualTo("accepted");
        assertThat(outcome.path("providerMessageId").asText()).isEqualTo(sent.answer().at("/messages/0/id").asText());
        assertThat(channels.graph.messagesContaining(text)).isEmpty();
    }

    @Test
    void aTransientGraphErrorIsTriedAgainAndTheReplySentOnTheSecondAttempt() {
        Complaint complaint = complaintFromWhatsApp(Instant.now());
        String text = "Our courier comes tomorrow between 9 and 12.";
        channels.graph.answerOnce(text, FakeGraphApi.transientError(500));

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaint.id(), text, "courier"));

        JsonNode outcome = channels.replies.awaitOutcome(complaint.id(), reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("sent");
        assertThat(outcome.path("attempts").asInt()).isEqualTo(2);
        assertThat(channels.graph.awaitMessagesContaining(text, 2)).extracting(ApiCall::status).containsExactly(500, 200);
    }

    @Test
    void aRefusalEndsTheReplyFailedWithGraphsMessageAndCode() {
        Complaint complaint = complaintFromWhatsApp(Instant.now());
        String text = "Is the kettle still leaking?";
        channels.graph.answerAlways(text, FakeGraphApi.graphError(400, 131026, "Message undeliverable"));

        JsonNode reply = ReplyApiClient.json(channels.replies.reply(complaint.id(), text, "still-leaking"));

        JsonNode outcome = channels.replies.awaitOutcome(complaint.id(), reply.path("id").asText());
        assertThat(outcome.path("status").asText()).isEqualTo("failed");
        assertThat(outcome.path("reason").asText()).isEqualTo("WhatsApp refused (400): Message undeliverable (code 131026)");
        assertThat(outcome.path("attempts").asInt()).isEqualTo(1);
        assertThat(channels.graph.awaitMessagesContaining(text, 1)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyTwiceIsOneReplyAndOneMessage() {
        Complaint complaint = complaintFromWhatsApp(Instant.now());
        String text = "The voucher code is in your e-mail.";

        HttpResponse<String> first = channels.replies.reply(complaint.id(), text, "voucher");
        HttpResponse<String> again = channels.replies.reply(complaint.id(), text, "voucher");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        String replyId = ReplyApiClient.json(first).path("id").asText();
        assertThat(ReplyApiClient.json(again).path("id").asText()).isEqualTo(replyId);
        assertThat(channels.replies.awaitOutcome(complaint.id(), replyId).path("status").asText()).isEqualTo("sent");
        assertThat(channels.graph.awaitMessagesContaining(text, 1)).hasSize(1);
        assertThat(channels.repliesTo(complaint.id())).hasSize(1);
    }

    /** The reply template messages sent to the customer: the reply's text is not in them, their wa_id is. */
    private static List<ApiCall> replyTemplatesTo(String waId) {
        return channels.graph.messagesContaining("\"to\":\"" + waId + "\"").stream()
                .filter(call -> call.body().at("/template/name").asText().equals(SocialChannels.REPLY_TEMPLATE)).toList();
    }

    /** A new customer's text message sent at {@code sentAt}, posted as Meta posts it, and the complaint it became. */
    private static Complaint complaintFromWhatsApp(Instant sentAt) {
        byte[] message = FreshMessages.whatsApp(sentAt);
        JsonNode complaint = channels.complaintFrom(() -> channels.postToMeta(SocialChannels.WHATSAPP, message));
        return new Complaint(complaint.path("id").asText(), complaint.path("protocolNumber").asText(),
                ProviderFixtures.json(message).at("/entry/0/changes/0/value/messages/0/from").asText());
    }

    /** A complaint, and the wa_id of the customer who wrote it, as the message said. */
    private record Complaint(String id, String protocolNumber, String waId) {
    }

    /** What every message to the customer starts with: the product, an individual and their wa_id, the type. */
    private static ObjectNode envelope(Complaint complaint, String type) {
        return JSON.createObjectNode().put("messaging_product", "whatsapp").put("recipient_type", "individual")
                .put("to", complaint.waId()).put("type", type);
    }
}
