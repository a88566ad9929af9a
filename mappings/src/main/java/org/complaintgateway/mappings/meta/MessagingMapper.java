package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.mappings.text.LocationText;
import org.complaintgateway.mappings.text.PlainText;

/**
 * A Messenger or Instagram {@code messaging[]} item as a complaint: a customer's message becomes one; our own
 * page's messages (echoes), read and delivery receipts, reactions, postbacks and the rest are ignored with the kind.
 * Both products send the same shape; only the reply hint differs. Throws {@link UnreadableEvent} when a field we
 * rely on is missing.
 */
final class MessagingMapper {

    /** The standard messaging window: 24 hours after the customer's last message, then only tagged messages. */
    static final Duration MESSAGING_WINDOW = Duration.ofHours(24);
    private static final Set<String> ENVELOPE = Set.of("sender", "recipient", "timestamp");

    private MessagingMapper() {
    }

    static MappingResult map(MetaEvent event, Identity identity, MetaMappingSettings settings) {
        JsonNode item = event.item();
        JsonNode message = item.path("message");
        if (message.isObject()) {
            if (message.path("is_echo").asBoolean(false)) {
                return new MappingResult.Ignored("echo");
            }
            if (message.path("is_deleted").asBoolean(false)) {
                // Instagram: the customer unsent a message; its complaint, if any, stands.
                return new MappingResult.Ignored("unsupported-type: deleted");
            }
            return message(item, message, event, identity, settings);
        }
        if (item.path("read").isObject()) {
            return new MappingResult.Ignored("read");
        }
        if (item.path("delivery").isObject()) {
            return new MappingResult.Ignored("delivery");
        }
        return new MappingResult.Ignored("unsupported-type: " + kindOf(item));
    }

    private static MappingResult message(JsonNode item, JsonNode message, MetaEvent event, Identity identity,
                                         MetaMappingSettings settings) {
        String senderId = MetaFields.requiredId(item.path("sender").get("id"), "sender.id");
        String pageId = MetaFields.id(item.path("recipient").get("id"));
        pageId = pageId != null ? pageId : event.entryId();
        String mid = MetaFields.requiredText(message.get("mid"), "message.mid");
        String words = PlainText.clean(MetaFields.text(message.get("text"), "message.text"));
        MessagingAttachments.Found found = MessagingAttachments.of(message.path("attachments"));

        List<String> paragraphs = new ArrayList<>();
        if (!words.isEmpty()) {
            paragraphs.add(words);
        } else if (!found.files().isEmpty()) {
            paragraphs.add("(" + String.join(", ", found.types()) + ")");
        }
        if (found.place() != null) {
            paragraphs.add(LocationText.describe(found.place()));
        }
        if (paragraphs.isEmpty()) {
            // E.g. a "fallback" share without payload: Meta sends it for shares it cannot show.
            return new MappingResult.Ignored("no-content");
        }
        Instant windowEnd = MetaText.plusWindow(MetaFields.epoch(item.get("timestamp")), 1000, MESSAGING_WINDOW);
        String channelId = settings.channelId();
        ReplyHint replyHint = switch (settings.platform()) {
            case INSTAGRAM -> new ReplyHint.Instagram(channelId, senderId, pageId, windowEnd);
            default -> new ReplyHint.Messenger(channelId, senderId, pageId, windowEnd);
        };
        String threadPrefix = settings.platform().wireName();
        return new MappingResult.Mapped(new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                identity.receivedAt(),
                new ChannelRef(settings.platform(), channelId, mid,
                        threadPrefix + ":" + (pageId == null ? "" : pageId) + ":" + senderId),
                // The webhook names no one: a name needs a User Profile API call with the page's token.
                new Customer(null, null, null, null, null, senderId),
                null,
                String.join("\n\n", paragraphs),
                null,
                null,
                null,
                found.files(),
                null,
                replyHint,
                null,
                List.of(),
                found.place()));
    }

    /** The name of the item's event object (reaction, postback, optin, ...), or "unknown". */
    private static String kindOf(JsonNode item) {
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            if (!ENVELOPE.contains(field.getKey()) && field.getValue().isObject()) {
                String kind = MetaText.oneLine(field.getKey(), 60);
                return kind == null ? "unknown" : kind;
            }
        }
        return "unknown";
    }
}
