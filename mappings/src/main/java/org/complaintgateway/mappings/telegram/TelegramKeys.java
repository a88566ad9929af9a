package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The keys a Telegram message is journaled, deduplicated and found again by. */
public final class TelegramKeys {

    private TelegramKeys() {
    }

    /**
     * "chatId:messageId", the message's external key. Message ids count per chat, so the chat is part of the key; an
     * edit keeps its message id, so the original and its edits share this key.
     */
    public static String messageKey(String chatId, String messageId) {
        return chatId + ":" + messageId;
    }

    /**
     * The key of the update's message (a message, an edit, a channel post), by which an edit finds the complaint of
     * its original; empty when the update carries none.
     */
    public static Optional<String> messageKey(JsonNode update) {
        JsonNode message = UpdateKinds.anyMessageOrNull(update);
        if (message == null || !message.path("chat").has("id") || !message.has("message_id")) {
            return Optional.empty();
        }
        return Optional.of(messageKey(message.path("chat").path("id").asText(), message.path("message_id").asText()));
    }

    /** "update:" + update_id, the dedupe key: getUpdates hands out an update again until its offset is confirmed. */
    public static String updateKey(long updateId) {
        return "update:" + updateId;
    }
}
