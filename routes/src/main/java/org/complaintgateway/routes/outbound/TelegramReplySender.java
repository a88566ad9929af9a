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
 * Answers a Telegram chat with the Bot API's {@code sendMessage} (https://core.telegram.org/bots/api#sendmessage),
 * quoting the customer's message when the hint names it. Telegram answers {@code {"ok":false,"error_code",
 * "description"}} with the HTTP status of the error; a 429 carries {@code parameters.retry_after}.
 */
public final class TelegramReplySender implements ReplySender {

    /** "Text of the message to be sent, 1-4096 characters after entities parsing": we send plain text, no entities. */
    static final int MAX_TEXT = 4096;

    private final String sendMessageUrl;
    private final JsonPost post;

    public TelegramReplySender(URI apiUrl, Secret token, Duration timeout) {
        this.sendMessageUrl = JsonPost.url(apiUrl, "/bot" + token.reveal() + "/sendMessage");
        this.post = new JsonPost("Telegram", token, timeout);
    }

    @Override
    public SendOutcome send(String outboundId, ReplyContent content, Instant now) {
        if (!(content.replyHint() instanceof ReplyHint.Telegram hint)) {
            return WrongHint.failed(content.replyHint(), "telegram");
        }
        // attachments are left for later (sendDocument / sendMediaGroup with multipart uploads): the text goes out now
        return TextParts.sendAll(TextParts.split(content.text(), MAX_TEXT),
                (part, first) -> post.send(sendMessageUrl, Map.of(), message(hint, part, first), TelegramReplySender::classify));
    }

    private static JsonNode message(ReplyHint.Telegram hint, String text, boolean first) {
        ObjectNode message = JsonPost.json().createObjectNode();
        putIdentifier(message, "chat_id", hint.chatId());
        message.put("text", text);
        Long replyTo = asLong(hint.replyToMessageId());
        if (first && replyTo != null) {
            // the customer may have deleted their message since: answer anyway rather than fail with "not found"
            message.putObject("reply_parameters").put("message_id", replyTo).put("allow_sending_without_reply", true);
        }
        return message;
    }

    static SendOutcome classify(ProviderAnswer answer) {
        JsonNode body = answer.body();
        if (answer.successful() && body.path("ok").asBoolean(false)) {
            return new SendOutcome.Sent(body.path("result").path("message_id").asText(null));
        }
        String description = body.path("description").asText("HTTP " + answer.status() + " without a Bot API answer");
        if (answer.notNow() || body.path("error_code").asInt() == 429) {
            long retryAfter = body.path("parameters").path("retry_after").asLong(0);
            return new SendOutcome.Retry("Telegram answered " + answer.status() + ": " + description,
                    retryAfter > 0 ? RetryAfter.ofSeconds(retryAfter) : answer.retryAfter());
        }
        // 400 "chat not found", 403 "bot was blocked by the user", 401 a revoked token: asking again cannot help
        return new SendOutcome.Failed("Telegram refused (" + answer.status() + "): " + description);
    }

    /** Chat ids are numbers; a public channel may be named {@code @channelusername} instead. */
    private static void putIdentifier(ObjectNode message, String field, String id) {
        Long number = asLong(id);
        if (number != null) {
            message.put(field, number);
        } else {
            message.put(field, id);
        }
    }

    private static Long asLong(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
