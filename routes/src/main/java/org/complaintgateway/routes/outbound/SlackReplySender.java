package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Answers in the customer's Slack thread with {@code chat.postMessage} (https://api.slack.com/methods/chat.postMessage).
 * Slack answers errors with HTTP 200 and {@code {"ok":false,"error":"channel_not_found"}}; only its rate limit comes as
 * HTTP 429, with {@code Retry-After} in seconds. The text is not split: Slack takes up to 40,000 characters (it
 * truncates beyond), far more than a reply needs.
 */
public final class SlackReplySender implements ReplySender {

    /** Slack's errors that say "not now" rather than "never" (its documented transient and rate-limit errors). */
    private static final Set<String> NOT_NOW = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout", "team_added_to_org");

    private final String postMessageUrl;
    private final Map<String, String> authorization;
    private final JsonPost post;

    public SlackReplySender(URI apiUrl, Secret botToken, Duration timeout) {
        this.postMessageUrl = JsonPost.url(apiUrl, "/chat.postMessage");
        this.authorization = Map.of("Authorization", "Bearer " + botToken.reveal());
        this.post = new JsonPost("Slack", botToken, timeout);
    }

    @Override
    public SendOutcome send(String outboundId, ReplyContent content, Instant now) {
        if (!(content.replyHint() instanceof ReplyHint.Slack hint)) {
            return WrongHint.failed(content.replyHint(), "slack");
        }
        // attachments are left for later (files.getUploadURLExternal + files.completeUploadExternal): text goes out now
        ObjectNode message = JsonPost.json().createObjectNode().put("channel", hint.channel()).put("text", content.text());
        if (hint.threadTs() != null) {
            message.put("thread_ts", hint.threadTs());
        }
        return post.send(postMessageUrl, authorization, message, SlackReplySender::classify);
    }

    static SendOutcome classify(ProviderAnswer answer) {
        JsonNode body = answer.body();
        if (answer.successful() && body.path("ok").asBoolean(false)) {
            return new SendOutcome.Sent(body.path("ts").asText(null));
        }
        String error = body.path("error").asText("HTTP " + answer.status() + " without a Slack answer");
        if (answer.notNow() || NOT_NOW.contains(error)) {
            return new SendOutcome.Retry("Slack answered " + answer.status() + ": " + error, answer.retryAfter());
        }
        // invalid_auth, channel_not_found, not_in_channel, is_archived, msg_too_long...: asking again cannot help
        return new SendOutcome.Failed("Slack refused: " + error);
    }
}
