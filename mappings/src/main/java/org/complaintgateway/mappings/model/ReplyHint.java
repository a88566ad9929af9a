package org.complaintgateway.mappings.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** Everything the downstream needs to answer on the channel the customer used; one shape per channel type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "channelType")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReplyHint.Webform.class, name = "webform"),
    @JsonSubTypes.Type(value = ReplyHint.Email.class, name = "email"),
    @JsonSubTypes.Type(value = ReplyHint.Telegram.class, name = "telegram"),
    @JsonSubTypes.Type(value = ReplyHint.WhatsApp.class, name = "whatsapp"),
    @JsonSubTypes.Type(value = ReplyHint.Messenger.class, name = "messenger"),
    @JsonSubTypes.Type(value = ReplyHint.Instagram.class, name = "instagram"),
    @JsonSubTypes.Type(value = ReplyHint.Slack.class, name = "slack"),
    @JsonSubTypes.Type(value = ReplyHint.Webhook.class, name = "webhook")
})
public sealed interface ReplyHint {

    /** The channel id the answer should go out on. */
    String channelId();

    record Webform(String channelId, String email, String phone) implements ReplyHint {}

    record Email(String channelId, String to, List<String> cc, String subject, String inReplyTo,
                 List<String> references, String mailbox) implements ReplyHint {
        public Email {
            cc = cc == null ? List.of() : List.copyOf(cc);
            references = references == null ? List.of() : List.copyOf(references);
        }
    }

    record Telegram(String channelId, String chatId, String replyToMessageId) implements ReplyHint {}

    record WhatsApp(String channelId, String to, String phoneNumberId, java.time.Instant windowExpiresAt) implements ReplyHint {}

    record Messenger(String channelId, String recipientId, String pageId, java.time.Instant windowExpiresAt) implements ReplyHint {}

    record Instagram(String channelId, String recipientId, String pageId, java.time.Instant windowExpiresAt) implements ReplyHint {}

    record Slack(String channelId, String channel, String threadTs) implements ReplyHint {}

    record Webhook(String channelId, String replyTo) implements ReplyHint {}
}
