package org.complaintgateway.mappings.telegram;

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

    /** "update:" + update_id, the dedupe key: getUpdates hands out an update again until its offset is confirmed. */
    public static String updateKey(long updateId) {
        return "update:" + updateId;
    }
}
