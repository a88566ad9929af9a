package org.complaintgateway.config;

import java.util.Locale;

/** The Telegram chats a bot can take complaints from; channels ({@code channel_post}) are never complaints. */
public enum TelegramChatType {
    PRIVATE,
    GROUP,
    SUPERGROUP;

    /** As the Bot API writes it in {@code chat.type}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
