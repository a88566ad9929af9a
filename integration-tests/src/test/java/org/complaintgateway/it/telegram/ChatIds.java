package org.complaintgateway.it.telegram;

/**
 * The Bot API's chat id scheme: a private chat has its user's (positive) id, a basic group a negative id, a
 * supergroup or channel a negative id of the form -100xxxxxxxxxx.
 */
final class ChatIds {

    private static final long SUPERGROUP_OR_CHANNEL_BELOW = -1_000_000_000_000L;

    private ChatIds() {
    }

    /** The chat type a message in this chat carries; a -100 id is a supergroup unless the message is a channel post. */
    static String typeOf(long chatId) {
        if (chatId > 0) {
            return "private";
        }
        return chatId <= SUPERGROUP_OR_CHANNEL_BELOW ? "supergroup" : "group";
    }
}
