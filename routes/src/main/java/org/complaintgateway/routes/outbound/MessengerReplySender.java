package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Answers a Messenger or Instagram customer through the Send API's {@code POST /me/messages}
 * (https://developers.facebook.com/docs/messenger-platform/reference/send-api), which serves both with the page
 * access token. A reply is a {@code RESPONSE} inside the 24-hour window the customer's last message opened; outside
 * it, Meta allows only message tags, which its policy reserves for other purposes, so such replies fail instead.
 */
public final class MessengerReplySender implements ReplySender {

    /** Messenger: "UTF-8 and has a 2000 character limit". */
    static final int MAX_MESSENGER_TEXT = 2000;
    /** Instagram Messaging takes at most 1000. */
    static final int MAX_INSTAGRAM_TEXT = 1000;

    private final String messagesUrl;
    private final Map<String, String> authorization;
    private final JsonPost post;

    public MessengerReplySender(URI apiUrl, Secret pageAccessToken, Duration timeout) {
        this.messagesUrl = JsonPost.url(apiUrl, "/me/messages");
        this.authorization = Map.of("Authorization", "Bearer " + pageAccessToken.reveal());
        this.post = new JsonPost("the Send API", pageAccessToken, timeout);
    }

    @Override
    public SendOutcome send(String outboundId, ReplyContent content, Instant now) {
        Recipient recipient = Recipient.of(content.replyHint());
        if (recipient == null) {
            return WrongHint.failed(content.replyHint(), "messenger or instagram");
        }
        if (recipient.windowExpiresAt() != null && now.isAfter(recipient.windowExpiresAt())) {
            return new SendOutcome.Failed("the 24-hour window closed at " + recipient.windowExpiresAt());
        }
        // attachments are left for later (message.attachment with an uploaded attachment_id): the text goes out now
        return TextParts.sendAll(TextParts.split(content.text(), recipient.maxText()),
                (part, first) -> post.send(messagesUrl, authorization, message(recipient, part), recipient::classify));
    }

    private static JsonNode message(Recipient recipient, String text) {
        ObjectNode message = JsonPost.json().createObjectNode();
        message.putObject("recipient").put("id", recipient.id());
        message.put("messaging_type", "RESPONSE");
        message.putObject("message").put("text", text);
        return message;
    }

    /** Who gets the answer, on which of the two platforms. */
    private record Recipient(String platform, String id, Instant windowExpiresAt, int maxText) {

        static Recipient of(ReplyHint hint) {
            if (hint instanceof ReplyHint.Messenger messenger) {
                return new Recipient("Messenger", messenger.recipientId(), messenger.windowExpiresAt(), MAX_MESSENGER_TEXT);
            }
            if (hint instanceof ReplyHint.Instagram instagram) {
                return new Recipient("Instagram", instagram.recipientId(), instagram.windowExpiresAt(), MAX_INSTAGRAM_TEXT);
            }
            return null;
        }

        SendOutcome classify(ProviderAnswer answer) {
            if (answer.successful()) {
                return new SendOutcome.Sent(answer.body().path("message_id").asText(null));
            }
            GraphError error = GraphError.of(answer.body());
            if (answer.notNow() || error.passes()) {
                return new SendOutcome.Retry(platform + " answered " + answer.status() + ": " + error.describe(),
                        answer.retryAfter());
            }
            // 551 "This person isn't available right now", 10/2018278 outside the window, 190 token expired...
            return new SendOutcome.Failed(platform + " refused (" + answer.status() + "): " + error.describe());
        }
    }
}
