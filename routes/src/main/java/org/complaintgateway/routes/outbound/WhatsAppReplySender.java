package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Answers a WhatsApp customer through the Cloud API's {@code POST /{phone-number-id}/messages}
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages). Free text may go out only inside the
 * 24-hour customer service window that the customer's last message opened; after it only an approved template may,
 * so the channel's {@code replyTemplate} tells the customer their complaint (its protocol number) has an answer.
 */
public final class WhatsAppReplySender implements ReplySender {

    /** A text message's body: "Maximum 4096 characters". */
    static final int MAX_TEXT = 4096;

    private final URI apiUrl;
    private final Map<String, String> authorization;
    private final JsonPost post;
    private final String replyTemplate;
    private final String templateLanguage;

    /**
     * @param replyTemplate    the approved template sent outside the window, with one body parameter: the protocol
     *                         number; null when the channel has none (then such replies fail)
     * @param templateLanguage the template's language code, e.g. {@code en_US}
     */
    public WhatsAppReplySender(URI apiUrl, Secret accessToken, Duration timeout, String replyTemplate,
                               String templateLanguage) {
        this.apiUrl = apiUrl;
        this.authorization = Map.of("Authorization", "Bearer " + accessToken.reveal());
        this.post = new JsonPost("WhatsApp", accessToken, timeout);
        this.replyTemplate = replyTemplate;
        this.templateLanguage = templateLanguage;
    }

    @Override
    public SendOutcome send(String outboundId, ReplyContent content, Instant now) {
        if (!(content.replyHint() instanceof ReplyHint.WhatsApp hint)) {
            return WrongHint.failed(content.replyHint(), "whatsapp");
        }
        String url = JsonPost.url(apiUrl, "/" + URLEncoder.encode(hint.phoneNumberId(), StandardCharsets.UTF_8) + "/messages");
        // without a known window end, try: Meta refuses with 131047 ("Re-engagement message") if it has closed
        if (hint.windowExpiresAt() != null && now.isAfter(hint.windowExpiresAt())) {
            if (replyTemplate == null) {
                return new SendOutcome.Failed("the 24-hour window closed at " + hint.windowExpiresAt()
                        + " and no replyTemplate is configured");
            }
            return post.send(url, authorization, template(hint, content.protocolNumber()), WhatsAppReplySender::classify);
        }
        // attachments are left for later (upload to /{phone-number-id}/media, then an image/document message)
        return TextParts.sendAll(TextParts.split(content.text(), MAX_TEXT),
                (part, first) -> post.send(url, authorization, text(hint, part), WhatsAppReplySender::classify));
    }

    private static JsonNode text(ReplyHint.WhatsApp hint, String body) {
        ObjectNode message = envelope(hint, "text");
        // no previews: a link in a complaint answer should not make WhatsApp fetch it
        message.putObject("text").put("body", body).put("preview_url", false);
        return message;
    }

    private JsonNode template(ReplyHint.WhatsApp hint, String protocolNumber) {
        ObjectNode message = envelope(hint, "template");
        ObjectNode template = message.putObject("template").put("name", replyTemplate);
        template.putObject("language").put("code", templateLanguage);
        // every complaint has a protocol number; were one missing, Meta's own "parameter count" refusal says so
        if (protocolNumber != null) {
            template.putArray("components").addObject().put("type", "body")
                    .putArray("parameters").addObject().put("type", "text").put("text", protocolNumber);
        }
        return message;
    }

    private static ObjectNode envelope(ReplyHint.WhatsApp hint, String type) {
        return JsonPost.json().createObjectNode().put("messaging_product", "whatsapp")
                .put("recipient_type", "individual").put("to", hint.to()).put("type", type);
    }

    static SendOutcome classify(ProviderAnswer answer) {
        JsonNode id = answer.body().path("messages").path(0).path("id");
        if (answer.successful()) {
            return new SendOutcome.Sent(id.isTextual() ? id.asText() : null);
        }
        GraphError error = GraphError.of(answer.body());
        if (answer.notNow() || error.passes()) {
            return new SendOutcome.Retry("WhatsApp answered " + answer.status() + ": " + error.describe(),
                    answer.retryAfter());
        }
        // 131047 window closed, 131026 undeliverable, 131030 not allowed recipient, 190 token expired...
        return new SendOutcome.Failed("WhatsApp refused (" + answer.status() + "): " + error.describe());
    }
}
