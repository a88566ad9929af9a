package org.complaintgateway.mappings.telegram;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the Telegram mapper needs from the channel's configuration. {@code botUsername} (without "@") and
 * {@code botUserId} recognise messages addressed to the bot in groups; either may be null, and then only that way of
 * addressing it is not recognised. {@code acceptedChatTypes} are Bot API chat types ("private", "group",
 * "supergroup"), private only when null or empty. {@code protocolPrefix} (e.g. "RC") finds our protocol numbers in
 * texts, any prefix when null.
 */
public record TelegramMappingSettings(String channelId, String botUsername, Long botUserId,
                                      Set<String> acceptedChatTypes, String protocolPrefix) {

    public static final String PRIVATE = "private";

    public TelegramMappingSettings {
        Objects.requireNonNull(channelId, "channelId");
        if (botUsername != null) {
            botUsername = botUsername.strip();
            botUsername = botUsername.startsWith("@") ? botUsername.substring(1) : botUsername;
            botUsername = botUsername.isEmpty() ? null : botUsername;
        }
        acceptedChatTypes = acceptedChatTypes == null || acceptedChatTypes.isEmpty()
                ? Set.of(PRIVATE)
                : acceptedChatTypes.stream().map(type -> type.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code username} (with or without "@") is the bot's, compared without regard to case as Telegram does. */
    boolean isBotUsername(String username) {
        if (botUsername == null || username == null) {
            return false;
        }
        String bare = username.startsWith("@") ? username.substring(1) : username;
        return bare.equalsIgnoreCase(botUsername);
    }

    /** Whether {@code userId} is the bot's user id. */
    boolean isBotUserId(String userId) {
        return botUserId != null && String.valueOf(botUserId).equals(userId);
    }
}
